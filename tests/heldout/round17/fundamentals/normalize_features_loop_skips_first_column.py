"""Wrong: normalises column by column with range(1, n_features), counting from 1, so the first column is returned unscaled; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    train_n, test_n = np.array(train, dtype=float), np.array(test, dtype=float)\n    for j in range(1, train.shape[1]):\n        mean, std = train[:, j].mean(), train[:, j].std()\n        train_n[:, j] = (train[:, j] - mean) / std\n        test_n[:, j] = (test[:, j] - mean) / std\n    return train_n, test_n'),
]
