"""Right: builds EarlyStopping(monitor="val_loss", patience=patience) and switches restore_best_weights on as an attribute before returning it (the callback reads the attribute while training)."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    (
        '    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)\n',
        '    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience)\n    stopper.restore_best_weights = True\n    return stopper\n',
    ),
]
