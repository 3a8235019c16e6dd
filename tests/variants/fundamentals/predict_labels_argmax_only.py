"""Wrong: argmax over the single column of a binary model is always 0."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "always 0"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    return np.argmax(model.predict(x, verbose=0), axis=1)
