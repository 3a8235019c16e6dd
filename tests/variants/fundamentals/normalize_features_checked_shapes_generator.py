"""Right: checks both sets are 2-D with the same columns (ValueError otherwise), then normalises them with one generator expression over (train, test)."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""

import numpy as np


def normalize_features(train, test):
    train = np.asarray(train)
    test = np.asarray(test)
    if train.ndim != 2 or test.ndim != 2 or train.shape[1] != test.shape[1]:
        raise ValueError(f"expected (n, features) arrays with the same columns, got {train.shape} and {test.shape}")
    mean, std = train.mean(axis=0), train.std(axis=0)
    return tuple((x - mean) / std for x in (train, test))
