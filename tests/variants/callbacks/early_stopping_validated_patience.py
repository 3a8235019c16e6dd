"""Right: checks the patience is a whole, non-negative number of epochs (operator.index, ValueError below 0), then builds the same EarlyStopping with mode="min" spelled out."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "done", ""

import operator

import keras


def early_stopping(patience=10):
    patience = operator.index(patience)  # whole epochs only: 2.5 raises TypeError
    if patience < 0:
        raise ValueError(f"patience must be 0 or more, got {patience}")
    return keras.callbacks.EarlyStopping(
        monitor="val_loss",
        mode="min",
        patience=patience,
        restore_best_weights=True,
    )
