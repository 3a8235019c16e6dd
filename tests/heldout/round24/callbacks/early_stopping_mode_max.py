"""Wrong: the learner set mode="max", carried over from an accuracy-watching example, thinking mode only says how eager the callback is; a falling val_loss counts as getting worse, so it stops `patience` epochs in while the loss still improves and restores the highest-loss weights, which breaks 'waits `patience` epochs without improvement, then stops and restores the weights of the epoch with the lowest val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", mode="max", patience=patience, restore_best_weights=True)'),
]
