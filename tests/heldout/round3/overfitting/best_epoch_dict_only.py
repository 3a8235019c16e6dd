"""Wrong: Indexed history["val_loss"] directly, which fails for a History object; breaks 'history: a History or its dict'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    return int(np.argmin(history["val_loss"])) + 1'),
]
