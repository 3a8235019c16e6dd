"""Right: one-hot by indexing np.eye(k) with the labels, k = num_classes or the largest label + 1; back with np.argmax over the rows."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "done", ""

import numpy as np


def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return np.argmax(labels, axis=1)
    classes = int(labels.max()) + 1 if num_classes is None else num_classes
    return np.eye(classes)[labels.astype(int)]
