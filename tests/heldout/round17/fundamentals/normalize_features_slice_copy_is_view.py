"""Wrong: 'copies' the arrays with [:] as for lists, but a NumPy slice is a view, so the in-place -= and /= overwrite the caller's train and test; breaks 'it changes neither them'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    train_n, test_n = train[:], test[:]\n    train_n -= mean\n    train_n /= std\n    test_n -= mean\n    test_n /= std\n    return train_n, test_n'),
]
