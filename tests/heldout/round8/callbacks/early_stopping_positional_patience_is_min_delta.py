"""Wrong: passes patience positionally after the monitor, where EarlyStopping's second parameter is min_delta, so patience stays 0 and an improvement must exceed `patience`; breaks 'waits `patience` epochs without improvement'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    (
        'keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
        'keras.callbacks.EarlyStopping("val_loss", patience, restore_best_weights=True)',
    ),
]
