"""Wrong: centres the test set on the training mean but forgets to divide it by the training spread; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return (train - mean) / std, test - mean'),
]
