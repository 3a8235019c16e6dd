"""Wrong: centres the test set on its own mean (scaling it by the training std), so a shifted test set is shifted back; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return (train - mean) / std, (test - test.mean(axis=0)) / std'),
]
