"""Wrong: watches val_binary_crossentropy (the metric note 003 plots) instead of val_loss, so a model without that metric never writes the file; breaks 'writes it only when val_loss improves'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('monitor="val_loss", save_best_only=True',
     'monitor="val_binary_crossentropy", save_best_only=True'),
]
