"""Wrong: the learner copied note 003's EarlyStopping(monitor='val_loss', patience=...) as it is; it stops at the right epoch but leaves the last, worse weights in the model; breaks 'then stops and restores the weights of the epoch with the lowest val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience)'),
]
