"""Right: min() over enumerate(val_loss, start=1) keyed on the loss, which returns the first lowest epoch counted from 1."""
EXERCISE, VERDICT = "overfitting.best_epoch", "done"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    curves = getattr(history, "history", history)
    epoch, _ = min(enumerate(curves["val_loss"], start=1), key=lambda pair: pair[1])
    return epoch"""),
]
