"""Wrong: monitors "val_losses", a key fit() never logs, so the callback only warns and never stops or restores; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    (
        'EarlyStopping(monitor="val_loss",',
        'EarlyStopping(monitor="val_losses",',
    ),
]
