"""Right: computes the training statistics with np.mean/np.std and applies one lambda to both sets."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    mean, std = np.mean(train, axis=0), np.std(train, axis=0)\n    standardise = lambda data: (data - mean) / std\n    return standardise(train), standardise(test)'),
]
