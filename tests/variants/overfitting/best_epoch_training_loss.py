"""Wrong: the lowest training loss, which keeps falling as the model overfits."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", "lowest val_loss"
MUTATE = [('np.argmin(_curves(history)["val_loss"])', 'np.argmin(_curves(history)["loss"])')]
