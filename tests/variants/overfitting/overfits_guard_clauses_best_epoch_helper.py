"""Right: a refactor with guard clauses that reuses a 1-based best-epoch helper, converting it back to an index for the training loss: too few epochs since the best is False, then the training losses are compared."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "done", ""

import numpy as np


def best_epoch(history):
    return int(np.argmin(getattr(history, "history", history)["val_loss"])) + 1


def overfits(history, patience=3):
    curves = getattr(history, "history", history)
    epochs = len(curves["val_loss"])
    best = best_epoch(curves)
    if epochs - best < patience:
        return False
    loss = curves["loss"]
    return bool(loss[-1] < loss[best - 1])
