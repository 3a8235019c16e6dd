"""Wrong: Monitored val_accuracy instead of val_loss; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    return keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=patience, restore_best_weights=True)'),
]
