"""Wrong: returns the epoch as a float (3.0); breaks 'Returns: an int from 1 to the number of epochs'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    (
        '    return int(np.argmin(_curves(history)["val_loss"])) + 1',
        '    return float(np.argmin(_curves(history)["val_loss"]) + 1)',
    ),
]
