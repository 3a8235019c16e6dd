"""Right: leaves monitor at its default, which is "val_loss", and passes patience and restore_best_weights by keyword."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"

import keras


def early_stopping(patience=10):
    return keras.callbacks.EarlyStopping(restore_best_weights=True, patience=patience)
