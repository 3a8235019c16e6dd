"""Right: Spells out mode="min", min_delta=0 and verbose=0 besides monitor, patience and restore_best_weights."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"
MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", mode="min", min_delta=0, patience=patience,\n                                         restore_best_weights=True, verbose=0)'),
]
