"""Right: Gives the monitor positionally, with min_delta=0, verbose=1 and restore_best_weights=True."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     """    return keras.callbacks.EarlyStopping("val_loss", min_delta=0, patience=patience, verbose=1,
                                         restore_best_weights=True)"""),
]
