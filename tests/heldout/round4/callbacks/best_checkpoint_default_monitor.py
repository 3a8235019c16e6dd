"""Right: Relies on ModelCheckpoint's default monitor, which is val_loss, with a filepath keyword and save_best_only/save_weights_only set."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"
MUTATE = [
    ("""    path = os.path.join(folder, "best.weights.h5")
    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)""",
     """    return keras.callbacks.ModelCheckpoint(filepath=os.path.join(folder, "model.weights.h5"),
                                           save_best_only=True, save_weights_only=True)"""),
]
