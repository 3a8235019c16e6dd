"""Wrong: Set mode="max" on val_loss, so a rising loss counts as improving; breaks 'restores the weights of the epoch with the lowest val_loss'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     '    return keras.callbacks.EarlyStopping(monitor="val_loss", mode="max", patience=patience, restore_best_weights=True)'),
]
