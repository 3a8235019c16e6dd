"""Wrong: Divided by the variance (train.var) instead of the standard deviation; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('std = train.std(axis=0)',
     'std = train.var(axis=0)'),
]
