"""Right: Builds the path with pathlib (as str) and names every setting, mode="min" included."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"
MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")\n    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    import pathlib\n    path = str(pathlib.Path(folder) / "model.weights.h5")\n    return keras.callbacks.ModelCheckpoint(filepath=path, monitor="val_loss", mode="min",\n                                           save_best_only=True, save_weights_only=True)'),
]
