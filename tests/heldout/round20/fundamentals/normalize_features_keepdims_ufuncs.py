"""Right: training statistics with np.mean / np.std (keepdims=True), applied with np.subtract and np.divide to new arrays."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

import numpy as np


def normalize_features(train, test):
    mean = np.mean(train, axis=0, keepdims=True)
    std = np.std(train, axis=0, keepdims=True)
    scaled = [np.divide(np.subtract(part, mean), std) for part in (train, test)]
    return scaled[0], scaled[1]
