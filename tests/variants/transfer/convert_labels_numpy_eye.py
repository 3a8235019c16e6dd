"""Correct: rows of an identity matrix, the class count from the largest label when num_classes is None."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "done", ""

import numpy as np


def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 1:
        return np.eye(num_classes or int(labels.max()) + 1, dtype="float32")[labels]
    return np.argmax(labels, axis=1)
