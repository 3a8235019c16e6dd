"""Wrong: returns ReduceLROnPlateau watching val_loss with the patience: after patience bad epochs it lowers the learning rate, but it never stops training nor restores weights; breaks 'a keras.callbacks.EarlyStopping that watches val_loss, waits `patience` epochs without improvement, then stops and restores the weights of the epoch with the lowest val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)\n',
        '    return keras.callbacks.ReduceLROnPlateau(monitor="val_loss", patience=patience)\n',
    ),
]
