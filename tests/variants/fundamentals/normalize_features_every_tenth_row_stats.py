"""Wrong: estimates the mean and standard deviation from every tenth training row (train[::10]) to save time; breaks 'both as (x - train_mean) / train_std' (the statistics of the whole training set)."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     '    sample = train[::10]  # every tenth row estimates the statistics ten times faster\n'
     '    mean = sample.mean(axis=0)\n'
     '    std = sample.std(axis=0)'),
]
