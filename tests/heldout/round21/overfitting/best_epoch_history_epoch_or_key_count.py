"""Wrong: looks the best index up in History.epoch (note 003's x values) and, for a dict, in range(len(curves)), a count of the dict's keys, so a dict whose best epoch lies past its number of keys gives an IndexError; breaks 'history: a History or its dict' and 'counted as fit() prints epochs'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'curves = _curves(history)\n    epochs = getattr(history, "epoch", range(len(curves)))  # note 003 plots against history.epoch\n    return epochs[int(np.argmin(curves["val_loss"]))] + 1'),
]
