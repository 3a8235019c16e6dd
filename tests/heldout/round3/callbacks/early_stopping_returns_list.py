"""Wrong: Returned a list holding the callback, ready for callbacks=; breaks 'Returns: the EarlyStopping callback'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)]'),
]
