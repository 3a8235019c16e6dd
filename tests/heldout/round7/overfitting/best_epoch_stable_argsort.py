"""Right: the first index of a stable np.argsort (the first lowest value), plus one."""
EXERCISE, VERDICT = "overfitting.best_epoch", "done"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    order = np.argsort(np.asarray(_curves(history)["val_loss"]), kind="stable")
    return int(order[0]) + 1"""),
]
