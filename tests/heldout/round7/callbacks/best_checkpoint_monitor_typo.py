"""Wrong: monitor='val_losses' (typo): Keras only warns that the metric is missing and never writes the file; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('monitor="val_loss", save_best_only=True',
     'monitor="val_losses", save_best_only=True'),
]
