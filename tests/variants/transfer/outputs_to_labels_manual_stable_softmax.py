"""Right: writes the sigmoid and a max-subtracted softmax by hand in NumPy, as a PyTorch-free port would."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "done", ""

import numpy as np


def outputs_to_labels(outputs, from_logits=True):
    scores = np.asarray(outputs, dtype="float64")
    if scores.ndim == 1 or scores.shape[1] == 1:
        scores = scores.reshape(-1)
        probs = 1.0 / (1.0 + np.exp(-scores)) if from_logits else scores
        return np.where(probs > 0.5, 1, 0).astype(np.int64)
    if from_logits:
        shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores = shifted / shifted.sum(axis=1, keepdims=True)
    return np.argmax(scores, axis=1).astype(np.int64)
