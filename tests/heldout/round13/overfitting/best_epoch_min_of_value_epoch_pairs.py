"""Right: takes min() over (val_loss, epoch) pairs, epochs counted from 1 by enumerate(start=1), so ties keep the earlier epoch as argmin does."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    pairs = [(value, epoch) for epoch, value in enumerate(_curves(history)["val_loss"], start=1)]\n    return min(pairs)[1]'),
]
