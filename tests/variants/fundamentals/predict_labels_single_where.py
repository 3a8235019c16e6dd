"""Right: one vectorised np.where picks between the thresholded first column and the row argmax by the output's width, cast to int64."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "done", ""

import numpy as np


def predict_labels(model, x, threshold=0.5):
    probs = np.asarray(model.predict(x, verbose=0))
    binary = probs.shape[-1] == 1
    return np.where(binary, probs[:, 0] > threshold, probs.argmax(axis=1)).astype(np.int64)
