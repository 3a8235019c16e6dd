"""Wrong: Computed the statistics on train and test concatenated, leaking the test set; breaks 'statistics come from the training set only'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     'both = np.concatenate([train, test])\n    mean = both.mean(axis=0)\n    std = both.std(axis=0)'),
]
