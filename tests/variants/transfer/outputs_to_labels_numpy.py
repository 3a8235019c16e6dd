"""Correct: plain NumPy, a logit above 0 is a probability above 0.5."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "done", ""

import numpy as np


def outputs_to_labels(outputs, from_logits=True):
    outputs = np.asarray(outputs)
    if outputs.ndim == 2 and outputs.shape[1] > 1:
        return np.argmax(outputs, axis=1)
    return (outputs.ravel() > (0.0 if from_logits else 0.5)).astype(int)
