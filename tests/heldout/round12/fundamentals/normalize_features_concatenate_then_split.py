"""Right: normalises the stacked sets with the training statistics in one go, then splits them back."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'both = (np.concatenate([train, test]) - mean) / std\n    return both[:len(train)], both[len(train):]'),
]
