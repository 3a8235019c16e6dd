"""Wrong: uses the sample standard deviation (ddof=1), as pandas' describe() gives it in the note's train_stats; the columns come out with a standard deviation a little under 1; breaks 'each column is shifted and scaled to mean 0 and standard deviation 1'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    (
        '    std = train.std(axis=0)\n',
        '    std = train.std(axis=0, ddof=1)  # as train_stats["std"] has it\n',
    ),
]
