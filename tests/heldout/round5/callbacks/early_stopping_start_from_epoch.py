"""Wrong: Gave the value as start_from_epoch=patience, leaving patience at its default 0; breaks 'waits `patience` epochs without improvement, then stops'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", start_from_epoch=patience, restore_best_weights=True)'),
]
