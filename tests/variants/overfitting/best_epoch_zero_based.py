"""Wrong: np.argmin gives the index from 0, not the epoch fit() printed."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", "count epochs from 1"
MUTATE = [('["val_loss"])) + 1', '["val_loss"]))')]
