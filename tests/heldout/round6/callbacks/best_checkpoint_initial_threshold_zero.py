"""Wrong: sets initial_value_threshold=0.0 as a 'starting best', so no val_loss ever beats it and the file is never written; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '''    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True,
                                           initial_value_threshold=0.0)'''),
]
