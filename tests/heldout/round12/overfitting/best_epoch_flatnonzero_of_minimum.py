"""Right: finds the first position equal to the minimum with np.flatnonzero."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'val_loss = np.asarray(_curves(history)["val_loss"])\n    return int(np.flatnonzero(val_loss == val_loss.min())[0]) + 1'),
]
