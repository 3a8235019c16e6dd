"""Wrong: Added min_delta=0.01, so smaller decreases of val_loss do not count as improvements; breaks 'waits `patience` epochs without improvement, then stops and restores the weights of the epoch with the lowest val_loss'."""
EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", 'leave min_delta at its default'
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '''    return keras.callbacks.EarlyStopping(monitor="val_loss", min_delta=0.01, patience=patience,
                                         restore_best_weights=True)'''),
]
