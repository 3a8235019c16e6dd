"""Wrong: takes the column means but forgets axis=0 on the standard deviation, so every column is divided by the spread of the whole table; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    (
        '    std = train.std(axis=0)\n',
        '    std = train.std()\n',
    ),
]
