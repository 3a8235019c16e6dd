"""Wrong: the learner standardised the test set with its own mean and std, thinking each set should end up at mean 0 and std 1; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return (train - mean) / std, (test - test.mean(axis=0)) / test.std(axis=0)'),
]
