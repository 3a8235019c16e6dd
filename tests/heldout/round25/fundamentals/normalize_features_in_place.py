"""Wrong: normalised the two float arrays in place with -= and /= to save memory; the returned arrays are right, but the caller's train and test are overwritten; breaks 'it changes neither them' (every function works from its arguments alone)."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'train -= mean\n    train /= std\n    test -= mean\n    test /= std\n    return train, test'),
]
