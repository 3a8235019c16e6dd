"""Wrong: leaves epoch 1 out of the search as a warm-up, so a run whose lowest val_loss is at epoch 1 gets a later epoch; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", 'best epoch'

MUTATE = [
    (
        '    return int(np.argmin(_curves(history)["val_loss"])) + 1',
        '    val_loss = _curves(history)["val_loss"]\n    return int(np.argmin(val_loss[1:])) + 2  # epoch 1 is only a warm-up',
    ),
]
