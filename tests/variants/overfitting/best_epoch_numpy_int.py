"""Correct: a NumPy integer, from the index of the smallest value."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "done", ""

import numpy as np


def best_epoch(history):
    val_loss = np.array(history.history["val_loss"] if hasattr(history, "history") else history["val_loss"])
    return val_loss.argmin() + 1
