"""Right: path built with os.sep, keyword filepath, mode='min' spelled out."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"
MUTATE = [
    ("""    path = os.path.join(folder, "best.weights.h5")
    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)""",
     """    return keras.callbacks.ModelCheckpoint(filepath=str(folder) + os.sep + "model.weights.h5", monitor="val_loss",
                                           mode="min", save_weights_only=True, save_best_only=True)"""),
]
