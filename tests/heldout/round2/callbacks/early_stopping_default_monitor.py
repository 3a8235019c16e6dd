"""Correct: Relies on EarlyStopping's default monitor ('val_loss') and says mode='min'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"
MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(patience=patience, mode="min", restore_best_weights=True)'),
]
