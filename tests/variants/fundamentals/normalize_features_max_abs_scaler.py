"""Wrong: scales each column by the training set's largest absolute value (sklearn's MaxAbsScaler); breaks 'shifted and scaled to mean 0 and standard deviation 1'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     'scale = np.abs(train).max(axis=0)\n    return train / scale, test / scale'),
]
