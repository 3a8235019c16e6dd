"""Right: passes the monitor positionally (its first parameter) and the rest by keyword."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    ('keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'keras.callbacks.EarlyStopping("val_loss", restore_best_weights=True, patience=patience)'),
]
