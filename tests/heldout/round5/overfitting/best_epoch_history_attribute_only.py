"""Wrong: Read history.history["val_loss"], which fails on a dict; breaks 'history: a History or its dict'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmin(history.history["val_loss"])) + 1'),
]
