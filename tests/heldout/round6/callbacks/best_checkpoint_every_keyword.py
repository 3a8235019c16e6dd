"""Right: own file name, every keyword spelled out (filepath=, mode='min', save_freq='epoch', verbose=1)."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"
MUTATE = [
    ('''    path = os.path.join(folder, "best.weights.h5")
    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)''',
     '''    path = os.path.join(folder, "model_best.weights.h5")
    return keras.callbacks.ModelCheckpoint(filepath=path, monitor="val_loss", verbose=1, save_best_only=True,
                                           save_weights_only=True, mode="min", save_freq="epoch")'''),
]
