"""Right: computes the training statistics with np.nanmean and np.nanstd along axis 0 (the same numbers on data without gaps)."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    (
        '    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n',
        '    mean = np.nanmean(train, axis=0)\n    std = np.nanstd(train, axis=0)\n',
    ),
]
