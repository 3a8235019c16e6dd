"""Right: Builds the path with an f-string and passes everything by keyword, with mode="min" and save_freq="epoch" spelt out."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"
MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = f"{folder}/best_model.weights.h5"'),
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '''    return keras.callbacks.ModelCheckpoint(filepath=path, monitor="val_loss", mode="min", save_best_only=True,
                                           save_weights_only=True, save_freq="epoch", verbose=0)'''),
]
