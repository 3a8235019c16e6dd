"""Wrong: the learner tried best_epoch on a history they built by hand, {"val_loss": np.array([...])}, and wrote it with the array's own method, getattr(history, "history", history)["val_loss"].argmin() + 1; on that dict of arrays it counts right, but fit() records each curve as a plain Python list, so a real History, or its .history dict, stops at AttributeError: 'list' object has no attribute 'argmin'; breaks 'history: a History or its dict'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('''    return int(np.argmin(_curves(history)["val_loss"])) + 1''',
     '''    return int(_curves(history)["val_loss"].argmin()) + 1'''),
]
