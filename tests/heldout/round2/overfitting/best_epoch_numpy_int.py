"""Wrong: Returned np.argmin(...) + 1, a NumPy integer; breaks 'Returns: an int'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return np.argmin(_curves(history)["val_loss"]) + 1'),
]
