"""Right: predicts, then for one column squeezes the last axis and compares with np.greater; otherwise argmax over the last axis; both cast to int32."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    outputs = np.asarray(model.predict(x, verbose=0))
    if outputs.shape[-1] == 1:
        return np.greater(np.squeeze(outputs, axis=-1), threshold).astype(np.int32)
    return np.argmax(outputs, axis=-1).astype(np.int32)
