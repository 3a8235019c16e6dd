"""Right: collects the settings in a dict (mode='min' spelled out) and unpacks it into EarlyStopping."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    settings = {"monitor": "val_loss", "mode": "min", "patience": patience, "restore_best_weights": True}\n    return keras.callbacks.EarlyStopping(**settings)'),
]
