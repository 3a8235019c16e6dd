"""Right: a small EarlyStopping subclass whose __init__ presets monitor="val_loss" and restore_best_weights=True and takes only the patience."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

MUTATE = [
    (
        'def early_stopping(patience=10):\n    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)\n',
        'class BestWeightsStopping(keras.callbacks.EarlyStopping):\n    def __init__(self, patience):\n        super().__init__(monitor="val_loss", patience=patience, restore_best_weights=True)\n\n\ndef early_stopping(patience=10):\n    return BestWeightsStopping(patience)\n',
    ),
]
