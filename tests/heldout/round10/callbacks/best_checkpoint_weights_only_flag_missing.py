"""Wrong: keeps the .weights.h5 name but forgets save_weights_only=True; Keras 3 accepts any name ending in .h5 and writes the whole model there in the legacy format; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True)'),
]
