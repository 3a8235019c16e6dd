"""Wrong: took the mean and standard deviation over train and test stacked together, thinking more rows give better statistics; with a test set like the training set it looks the same; breaks 'with the *training* set's statistics'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     'both = np.concatenate([train, test], axis=0)\n    mean = both.mean(axis=0)\n    std = both.std(axis=0)'),
]
