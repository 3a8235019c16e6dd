"""Wrong: Normalised the test set with its own mean and std; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return (train - mean) / std, (test - test.mean(axis=0)) / test.std(axis=0)'),
]
