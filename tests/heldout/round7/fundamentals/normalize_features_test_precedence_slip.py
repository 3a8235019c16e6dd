"""Wrong: forgot the parentheses for the test set, computing test - (mean / std); breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return (train - mean) / std, test - mean / std'),
]
