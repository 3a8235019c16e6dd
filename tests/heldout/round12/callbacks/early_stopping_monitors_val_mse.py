"""Wrong: watches val_mse (note 003's regression metric) instead of val_loss; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('monitor="val_loss", patience=patience',
     'monitor="val_mse", patience=patience'),
]
