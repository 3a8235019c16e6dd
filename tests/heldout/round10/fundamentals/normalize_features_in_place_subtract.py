"""Wrong: normalises the two arrays in place (-= and /=), which rewrites the caller's train and test; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    train -= mean\n    train /= std\n    test -= mean\n    test /= std\n    return train, test'),
]
