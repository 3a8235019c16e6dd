"""Right: generalises with monitor="val_loss" and mode="min" keyword parameters (mode "max" for accuracies), like EarlyStopping's; with the defaults it returns the 1-based epoch of the lowest val_loss, the first one on a tie."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "done", ""

import numpy as np


def best_epoch(history, monitor="val_loss", mode="min"):
    values = np.asarray(getattr(history, "history", history)[monitor], dtype=float)
    index = np.argmax(values) if mode == "max" else np.argmin(values)
    return int(index) + 1
