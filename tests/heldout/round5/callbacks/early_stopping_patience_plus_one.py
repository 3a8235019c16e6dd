"""Wrong: Passed patience + 1, counting the best epoch itself; breaks 'waits `patience` epochs without improvement, then stops'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience + 1, restore_best_weights=True)'),
]
