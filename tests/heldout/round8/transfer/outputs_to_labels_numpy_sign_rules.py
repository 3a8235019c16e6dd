"""Right: NumPy only: binary logits compared with 0 and probabilities with 0.5 (no sigmoid needed), multiclass argmax over the last axis for either kind."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

import numpy as np


def outputs_to_labels(outputs, from_logits=True):
    scores = np.asarray(outputs, dtype=np.float64)
    if scores.ndim == 1 or scores.shape[-1] == 1:
        flat = scores.reshape(-1)
        cut = 0.0 if from_logits else 0.5
        return np.where(flat > cut, 1, 0).astype(np.int64)
    return np.argmax(scores, axis=-1).astype(np.int64)
