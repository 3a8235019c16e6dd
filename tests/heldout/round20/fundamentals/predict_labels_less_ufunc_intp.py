"""Right: tells the kinds apart by the output's last axis, cuts with np.less(threshold, p) and converts to np.intp; argmax on the last axis otherwise."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    probabilities = np.asarray(model.predict(x, verbose=0))
    if probabilities.shape[-1] > 1:
        return probabilities.argmax(axis=-1).astype(np.intp)
    return np.less(threshold, probabilities.reshape(-1)).astype(np.intp)
