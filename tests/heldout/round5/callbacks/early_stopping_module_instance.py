"""Wrong: Made one EarlyStopping at import (patience 10) and returns it from every call; breaks 'waits `patience` epochs' (the argument is ignored)."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('def early_stopping(patience=10):\n    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '_EARLY_STOPPING = keras.callbacks.EarlyStopping(monitor="val_loss", patience=10, restore_best_weights=True)\n\n\ndef early_stopping(patience=10):\n    return _EARLY_STOPPING'),
]
