"""Right: passes every EarlyStopping argument explicitly (min_delta=0, mode='min', baseline=None, start_from_epoch=0), all equal to the defaults."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '''    return keras.callbacks.EarlyStopping(monitor="val_loss", min_delta=0, patience=patience, verbose=0,
                                         mode="min", baseline=None, restore_best_weights=True,
                                         start_from_epoch=0)'''),
]
