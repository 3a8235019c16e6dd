"""Wrong: sorts the history's own val_loss list to find the lowest, then looks that value up in the (now sorted) list: always epoch 1, and the caller's history is reordered; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    losses = _curves(history)["val_loss"]\n    losses.sort()\n    return _curves(history)["val_loss"].index(losses[0]) + 1'),
]
