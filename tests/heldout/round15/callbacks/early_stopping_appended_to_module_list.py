"""Wrong: collects every callback it makes in a module-level list CALLBACKS (to pass to fit() later), so each call changes the module; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('def early_stopping(patience=10):\n    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'CALLBACKS = []\n\n\ndef early_stopping(patience=10):\n    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience,\n                                            restore_best_weights=True)\n    CALLBACKS.append(stopper)\n    return stopper'),
]
