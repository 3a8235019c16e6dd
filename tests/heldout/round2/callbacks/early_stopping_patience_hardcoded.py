"""Wrong: Patience=10 whatever is passed; breaks 'waits patience epochs' (grader's 2 and 7)."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", patience=10, restore_best_weights=True)'),
]
