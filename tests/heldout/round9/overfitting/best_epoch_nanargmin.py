"""Right: uses np.nanargmin, which skips NaN losses and otherwise equals np.argmin, plus 1."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    (
        '    return int(np.argmin(_curves(history)["val_loss"])) + 1\n',
        '    return int(np.nanargmin(_curves(history)["val_loss"])) + 1\n',
    ),
]
