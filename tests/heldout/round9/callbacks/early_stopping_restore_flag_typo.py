"""Wrong: spells the flag restore_best_weight=True (singular); EarlyStopping takes no such keyword and the call fails; breaks 'then stops and restores the weights of the epoch with the lowest val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)\n',
        '    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weight=True)\n',
    ),
]
