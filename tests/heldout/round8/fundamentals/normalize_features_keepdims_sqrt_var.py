"""Right: the training statistics with np.mean and np.sqrt(np.var) kept as (1, n_features) rows, applied by a small helper."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

import numpy as np


def normalize_features(train, test):
    mu = np.mean(train, axis=0, keepdims=True)
    sigma = np.sqrt(np.var(train, axis=0, keepdims=True))

    def standardise(x):
        return (np.asarray(x) - mu) / sigma

    return standardise(train), standardise(test)
