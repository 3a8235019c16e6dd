"""Wrong: forgets axis=0 on the mean only, so every column is shifted by the mean of the whole table; breaks 'column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    (
        '    mean = train.mean(axis=0)\n',
        '    mean = train.mean()\n',
    ),
]
