"""Wrong: centres the test set on the training mean but scales it by the test set's own std; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return (train - mean) / std, (test - mean) / test.std(axis=0)'),
]
