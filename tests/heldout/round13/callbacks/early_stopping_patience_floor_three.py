"""Wrong: guards against too impatient a stop with patience=max(patience, 3), so patience 2 waits three epochs; breaks 'waits `patience` epochs without improvement'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('EarlyStopping(monitor="val_loss", patience=patience,',
     'EarlyStopping(monitor="val_loss", patience=max(patience, 3),'),
]
