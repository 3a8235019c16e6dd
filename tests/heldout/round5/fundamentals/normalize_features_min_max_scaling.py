"""Wrong: Min-max scaled with the training minimum and range instead of mean and std; breaks 'both as (x - train_mean) / train_std, column by column'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     '    mean = train.min(axis=0)\n    std = train.max(axis=0) - train.min(axis=0)'),
]
