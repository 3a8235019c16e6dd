"""Wrong: computes the mean and spread from the first 100 training rows only ("a sample is enough"); breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     '    sample = train[:100]\n    mean = sample.mean(axis=0)\n    std = sample.std(axis=0)'),
]
