"""Right: spells out the defaults it keeps (min_delta=0, baseline=None, start_from_epoch=0, mode="min") next to the three settings."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    ('EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'EarlyStopping(monitor="val_loss", min_delta=0, patience=patience, mode="min",\n                                         baseline=None, restore_best_weights=True, start_from_epoch=0)'),
]
