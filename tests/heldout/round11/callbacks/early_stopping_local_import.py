"""Right: imports EarlyStopping from keras.callbacks inside the function and passes the settings by keyword in another order."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    from keras.callbacks import EarlyStopping\n\n    return EarlyStopping(restore_best_weights=True, patience=patience, monitor="val_loss")'),
]
