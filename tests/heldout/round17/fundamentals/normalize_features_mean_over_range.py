"""Wrong: textbook 'mean normalisation', (x - mean) / (max - min) of the training columns, instead of dividing by the standard deviation; breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('std = train.std(axis=0)',
     'std = train.max(axis=0) - train.min(axis=0)'),
]
