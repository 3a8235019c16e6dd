"""Right: keeps the statistics as (1, n_features) rows and divides inside a `with np.errstate(...)` block, which quiets a constant column's warning and puts NumPy's settings back afterwards."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""

import numpy as np


def normalize_features(train, test):
    mean = np.mean(train, axis=0, keepdims=True)
    std = np.std(train, axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):  # restored when the block ends
        return (train - mean) / std, (test - mean) / std
