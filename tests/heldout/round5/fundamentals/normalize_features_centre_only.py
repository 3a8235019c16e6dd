"""Wrong: Only subtracted the training mean, never divided by the standard deviation; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return train - mean, test - mean'),
]
