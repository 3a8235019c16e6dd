"""Wrong: Built the callback but returned the weights file's path (to load it later); breaks 'Returns: the ModelCheckpoint callback'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     """    checkpoint = keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True,
                                                 save_weights_only=True)
    return path"""),
]
