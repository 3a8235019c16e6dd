"""Right: list(val_loss).index(min(val_loss)) + 1, without NumPy."""
EXERCISE, VERDICT = "overfitting.best_epoch", "done"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '''    val_loss = list(getattr(history, "history", history)["val_loss"])
    return val_loss.index(min(val_loss)) + 1'''),
]
