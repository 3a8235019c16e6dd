"""Correct: calling the model directly, np.squeeze and np.where."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "done", ""

import numpy as np


def predict_labels(model, x, threshold=0.5):
    probs = np.asarray(model(x))
    if probs.shape[-1] == 1:
        return np.where(np.squeeze(probs, axis=-1) > threshold, 1, 0)
    return probs.argmax(axis=-1)
