"""Wrong: normalises column by column in a loop over range(n_features - 1), leaving the last column as it was; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    (
        '    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
        '    train, test = train.astype(float), test.astype(float)\n    for column in range(train.shape[1] - 1):\n        mean, std = train[:, column].mean(), train[:, column].std()\n        train[:, column] = (train[:, column] - mean) / std\n        test[:, column] = (test[:, column] - mean) / std\n    return train, test',
    ),
]
