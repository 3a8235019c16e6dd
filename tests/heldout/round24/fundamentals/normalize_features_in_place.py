"""Wrong: the learner normalised the two arrays in place with -= and /= to save memory, and returns them; the values are right but the caller's arrays are overwritten; breaks 'it changes neither them' (the module's rule for every function's arguments)."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'train -= mean\n    train /= std\n    test -= mean\n    test /= std\n    return train, test'),
]
