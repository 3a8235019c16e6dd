"""Wrong: centres on the training median and divides by the interquartile range (sklearn's RobustScaler); breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     'median = np.median(train, axis=0)\n    q1, q3 = np.percentile(train, [25, 75], axis=0)\n    return (train - median) / (q3 - q1), (test - median) / (q3 - q1)'),
]
