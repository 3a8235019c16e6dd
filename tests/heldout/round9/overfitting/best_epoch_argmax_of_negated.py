"""Right: takes np.argmax of the negated validation losses, plus 1."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    (
        '    return int(np.argmin(_curves(history)["val_loss"])) + 1\n',
        '    return int(np.argmax(-np.asarray(_curves(history)["val_loss"]))) + 1\n',
    ),
]
