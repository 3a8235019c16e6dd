"""Wrong: divides by std + 1 'to avoid dividing by zero'; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    std = train.std(axis=0)',
     '    std = train.std(axis=0) + 1.0  # never divide by zero'),
]
