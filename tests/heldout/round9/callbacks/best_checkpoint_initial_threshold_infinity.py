"""Right: passes initial_value_threshold=float("inf") and mode="min" explicitly: the first epoch always improves on infinity, exactly as the default does."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

MUTATE = [
    (
        '    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)\n',
        '    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", mode="min", save_best_only=True,\n                                           save_weights_only=True, initial_value_threshold=float("inf"))\n',
    ),
]
