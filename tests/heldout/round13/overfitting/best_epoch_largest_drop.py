"""Wrong: returns the epoch whose validation loss fell the most from the one before (argmin of np.diff, plus one), the epoch that helped most, not the lowest; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = np.asarray(_curves(history)["val_loss"])\n    return int(np.argmin(np.diff(val_loss))) + 2 if len(val_loss) > 1 else 1'),
]
