"""Wrong: reads "val_binary_crossentropy" (the metric the section plots) instead of "val_loss"; breaks 'the epoch of the lowest "val_loss", not of "loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    return int(np.argmin(_curves(history)["val_binary_crossentropy"])) + 1'),
]
