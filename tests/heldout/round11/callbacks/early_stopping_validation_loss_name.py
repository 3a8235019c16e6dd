"""Wrong: monitors "validation_loss", a name Keras never logs (it warns and never stops); breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    return keras.callbacks.EarlyStopping(monitor="validation_loss", patience=patience, restore_best_weights=True)'),
]
