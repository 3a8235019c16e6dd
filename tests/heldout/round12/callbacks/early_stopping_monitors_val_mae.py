"""Wrong: watches val_mae, the metric note 003 plots for its regression, instead of val_loss; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('monitor="val_loss", patience=patience',
     'monitor="val_mae", mode="min", patience=patience'),
]
