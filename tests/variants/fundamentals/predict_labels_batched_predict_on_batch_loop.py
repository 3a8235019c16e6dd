"""Right: a DataLoader-style loop over slices of 32 with predict_on_batch, the outputs concatenated."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "done", ""

import os

import keras
import numpy as np


def predict_labels(model, x, threshold=0.5):
    x = np.asarray(x)
    outputs = []
    for start in range(0, len(x), 32):
        outputs.append(np.asarray(model.predict_on_batch(x[start:start + 32])))
    probs = np.concatenate(outputs, axis=0)
    if probs.shape[-1] == 1:
        return np.where(probs[:, 0] > threshold, 1, 0).astype("int64")
    return probs.argmax(axis=1).astype("int64")
