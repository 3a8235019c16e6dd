"""Wrong: assumes note 000's EarlyStopping(patience=10) ended the run and answers the last epoch minus 10, never reading where val_loss is lowest; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'early_stop_patience = 10  # note 000: EarlyStopping(monitor="val_loss", patience=10)\n    return len(_curves(history)["val_loss"]) - early_stop_patience'),
]
