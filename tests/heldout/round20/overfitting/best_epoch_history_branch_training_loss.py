"""Wrong: the History branch reads history.history["loss"] (the dict branch is right), so a History gets the training loss's minimum; breaks 'the epoch of the lowest "val_loss", not of "loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    if isinstance(history, dict):\n        return int(np.argmin(history["val_loss"])) + 1\n    return int(np.argmin(history.history["loss"])) + 1'),
]
