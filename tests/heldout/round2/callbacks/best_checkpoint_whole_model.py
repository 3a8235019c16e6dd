"""Wrong: Saved the whole model to best.keras; breaks 'writes only the weights (not the whole model)'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = os.path.join(folder, "best.keras")'),
    ('return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True)'),
]
