"""Wrong: binary labels left as a column of shape (N, 1)."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "ravel"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    probs = model.predict(x, verbose=0)
    if probs.shape[1] == 1:
        return (probs > threshold).astype(int)
    return np.argmax(probs, axis=1)
