"""Right: spells out every relevant option (filepath=, mode="min", save_freq="epoch", verbose=0) and names the file differently."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")\n    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'return keras.callbacks.ModelCheckpoint(filepath=os.path.join(folder, "lowest_val_loss.weights.h5"), monitor="val_loss",\n                                           verbose=0, save_best_only=True, save_weights_only=True, mode="min",\n                                           save_freq="epoch")'),
]
