"""Wrong: Picked the epoch where val_loss is closest to loss (the curves have not parted yet); breaks 'the epoch of the lowest "val_loss", not of "loss"'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    curves = _curves(history)
    gaps = np.asarray(curves["val_loss"]) - np.asarray(curves["loss"])
    return int(np.argmin(np.abs(gaps))) + 1"""),
]
