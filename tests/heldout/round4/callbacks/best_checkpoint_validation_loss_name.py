"""Wrong: Monitored 'validation_loss', a name Keras never logs, so the callback only warns and never writes the file; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    return keras.callbacks.ModelCheckpoint(path, monitor="validation_loss", save_best_only=True, save_weights_only=True)'),
]
