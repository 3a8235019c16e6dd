"""Wrong: also keeps the last epoch's weights (last.weights.h5, to resume training) and returns both checkpoints in a list; breaks 'Returns: the ModelCheckpoint callback'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", "returned value"

MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    best = keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)\n'
     '    # keep the last epoch too, to resume training where it stopped\n'
     '    last = keras.callbacks.ModelCheckpoint(os.path.join(folder, "last.weights.h5"), save_weights_only=True)\n'
     '    return [best, last]'),
]
