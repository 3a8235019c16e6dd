"""Wrong: Argmin of the training loss; breaks 'the epoch of the lowest "val_loss", not of "loss"'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmin(_curves(history)["loss"])) + 1'),
]
