"""Right: walks the epochs from 1 and returns the first whose val_loss == min(val_loss) (exact, since min returns one of the list's own values)."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = _curves(history)["val_loss"]\n    return next(epoch for epoch, value in enumerate(val_loss, start=1) if value == min(val_loss))'),
]
