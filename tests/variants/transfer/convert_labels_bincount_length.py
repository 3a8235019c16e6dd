"""Right: counts the classes as len(np.bincount(labels)) (the largest label + 1) and indexes rows of np.eye; argmax the other way."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "done", ""

import numpy as np


def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return np.argmax(labels, axis=1)
    classes = num_classes if num_classes is not None else len(np.bincount(labels))
    return np.eye(classes, dtype="float32")[labels]
