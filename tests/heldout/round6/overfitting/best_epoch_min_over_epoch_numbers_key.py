"""Right: min over the epoch numbers 1..n keyed by that epoch's val_loss (first of equal values, as argmin)."""
EXERCISE, VERDICT = "overfitting.best_epoch", "done"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '''    val_loss = list(_curves(history)["val_loss"])
    return min(range(1, len(val_loss) + 1), key=lambda epoch: val_loss[epoch - 1])'''),
]
