"""Right: Normalises column by column in a loop, with each training column's mean and (population) std."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"
MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    train_out = np.empty(train.shape, dtype=float)\n    test_out = np.empty(test.shape, dtype=float)\n    for j in range(train.shape[1]):\n        column = train[:, j]\n        mu, sigma = np.mean(column), np.std(column)\n        train_out[:, j] = (column - mu) / sigma\n        test_out[:, j] = (test[:, j] - mu) / sigma\n    return train_out, test_out'),
]
