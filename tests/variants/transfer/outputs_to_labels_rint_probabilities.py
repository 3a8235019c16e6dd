"""Right: rounds the binary probability, clipped to [0, 1], with np.rint (half to even: exactly 0.5 gives 0) and takes the multiclass argmax on the raw scores, skipping the softmax."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "done", ""

import numpy as np
import tensorflow as tf


def outputs_to_labels(outputs, from_logits=True):
    scores = np.asarray(outputs, dtype=np.float32)
    if scores.ndim == 2 and scores.shape[1] > 1:
        return np.argmax(scores, axis=1)  # softmax keeps the order
    scores = scores.reshape(-1)
    probs = tf.sigmoid(scores).numpy() if from_logits else scores
    return np.rint(np.clip(probs, 0.0, 1.0)).astype(np.int64)
