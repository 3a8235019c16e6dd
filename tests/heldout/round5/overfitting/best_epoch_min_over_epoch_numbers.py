"""Right: min over the epoch numbers 1..n keyed by that epoch's val_loss."""
EXERCISE, VERDICT = "overfitting.best_epoch", "done"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'val_loss = getattr(history, "history", history)["val_loss"]\n    return min(range(1, len(val_loss) + 1), key=lambda e: val_loss[e - 1])'),
]
