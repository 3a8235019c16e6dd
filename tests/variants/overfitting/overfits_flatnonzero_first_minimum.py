"""Right: finds the first minimum with np.flatnonzero(v == v.min())[0] and counts the epochs after it with NumPy arrays."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "done", ""

import numpy as np


def overfits(history, patience=3):
    curves = getattr(history, "history", history)
    val_loss = np.asarray(curves["val_loss"], dtype=float)
    loss = np.asarray(curves["loss"], dtype=float)
    best = np.flatnonzero(val_loss == val_loss.min())[0]
    epochs_after = len(val_loss) - 1 - best
    return bool(epochs_after >= patience and loss[-1] < loss[best])
