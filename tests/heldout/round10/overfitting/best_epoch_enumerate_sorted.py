"""Right: sorts (epoch, val_loss) pairs numbered from 1 by the loss (a stable sort keeps the first of equal losses) and takes the first."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    ranked = sorted(enumerate(_curves(history)["val_loss"], start=1), key=lambda pair: pair[1])\n    return ranked[0][0]'),
]
