"""Wrong: passes True as the third positional argument thinking it is save_best_only, but it is verbose, so every epoch overwrites the file; breaks 'writes it only when val_loss improves'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    (
        'keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
        'keras.callbacks.ModelCheckpoint(path, "val_loss", True, save_weights_only=True)',
    ),
]
