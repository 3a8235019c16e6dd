"""Right: names the file weights_best.weights.h5 and passes every argument by keyword, filepath last, mode='min' explicit."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")\n    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    return keras.callbacks.ModelCheckpoint(monitor="val_loss", mode="min", save_weights_only=True,\n                                           save_best_only=True,\n                                           filepath=os.path.join(folder, "weights_best.weights.h5"))'),
]
