"""Wrong: the threshold argument is ignored."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "threshold"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    probs = model.predict(x, verbose=0)
    if probs.shape[1] == 1:
        return (probs[:, 0] > 0.5).astype(int)
    return np.argmax(probs, axis=1)
