"""Right: np.eye(k, dtype=int)[labels] with k from the labels when None; argmax along axis 1 for one-hot rows."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

import numpy as np


def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 1:
        k = int(labels.max()) + 1 if num_classes is None else int(num_classes)
        return np.eye(k, dtype=int)[labels]
    return np.argmax(labels, axis=1)
