"""Wrong: picks the epoch where training and validation loss together are lowest ("good on both"); breaks 'the epoch of the lowest "val_loss", not of "loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'curves = _curves(history)\n    return int(np.argmin(np.add(curves["loss"], curves["val_loss"]))) + 1'),
]
