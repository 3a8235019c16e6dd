"""Right: replaces a zero standard deviation with 1 before dividing (no column of the grader's is constant)."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('    std = train.std(axis=0)',
     '    std = train.std(axis=0)\n    std = np.where(std == 0, 1.0, std)'),
]
