"""Wrong: Took one mean and std over the whole array (no axis); breaks 'column by column'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     'mean = train.mean()\n    std = train.std()'),
]
