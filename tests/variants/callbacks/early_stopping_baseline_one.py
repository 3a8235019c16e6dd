"""Wrong: adds baseline=1.0 from a StackOverflow answer, so while val_loss stays above 1 no improvement resets the wait; breaks 'waits `patience` epochs without improvement, then stops'."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", "baseline"

MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True,\n                                         baseline=1.0)'),
]
