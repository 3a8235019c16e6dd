"""Correct: NumPy arrays throughout, returning a numpy bool."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "done", ""

import numpy as np


def overfits(history, patience=3):
    curves = getattr(history, "history", history)
    loss, val_loss = np.asarray(curves["loss"]), np.asarray(curves["val_loss"])
    best = val_loss.argmin()
    return (len(val_loss) - 1 - best >= patience) & (loss[-1] < loss[best])
