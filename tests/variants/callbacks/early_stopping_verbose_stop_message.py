"""Right: every option by keyword, with verbose=1 so the callback prints the epoch it stopped and restored."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "done", ""

import datetime
import os

import keras


def early_stopping(patience=10):
    return keras.callbacks.EarlyStopping(monitor="val_loss", mode="min", patience=patience,
                                         restore_best_weights=True, verbose=1)
