"""Wrong: Set save_freq=1 for 'every epoch' (Keras 2's period=1), which Keras 3 reads as every batch, where no val_loss is logged, so it saves after every batch and keeps the last weights; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights, not the last epoch's'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '''    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True,
                                           save_freq=1)'''),
]
