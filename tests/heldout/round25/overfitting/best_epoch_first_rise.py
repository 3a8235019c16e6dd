"""Wrong: read the curve as by eye, returning the epoch just before val_loss first goes up; on a smooth U-shaped curve that is the minimum, on a noisy one it stops at the first bump; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'val_loss = _curves(history)["val_loss"]\n    for epoch in range(1, len(val_loss)):\n        if val_loss[epoch] > val_loss[epoch - 1]:\n            return epoch\n    return len(val_loss)'),
]
