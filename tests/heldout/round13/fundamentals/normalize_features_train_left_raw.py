"""Wrong: computes the statistics from the training set and normalises the test set with them, but returns the training set as it came; breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return train, (test - mean) / std'),
]
