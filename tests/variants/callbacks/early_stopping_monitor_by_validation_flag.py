"""Wrong: adds a validation=False parameter to serve runs without validation data, and watches the training loss unless it is set, so the default callback monitors "loss"; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", "monitor"

MUTATE = [
    ('def early_stopping(patience=10):\n    return keras.callbacks.EarlyStopping(monitor="val_loss",',
     'def early_stopping(patience=10, validation=False):\n'
     '    # usable for runs without validation data too\n'
     '    return keras.callbacks.EarlyStopping(monitor="val_loss" if validation else "loss",'),
]
