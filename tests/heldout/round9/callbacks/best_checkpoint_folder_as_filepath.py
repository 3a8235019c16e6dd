"""Wrong: passes the folder itself as the checkpoint's filepath, as Keras 2's SavedModel checkpoints allowed; Keras 3 refuses a weights-only path that does not end in .weights.h5; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)\n',
        '    return keras.callbacks.ModelCheckpoint(folder, monitor="val_loss", save_best_only=True, save_weights_only=True)\n',
    ),
]
