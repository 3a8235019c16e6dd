"""Wrong: guards the division with np.maximum(std, 1.0), so columns whose spread is below 1 are never scaled; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    std = train.std(axis=0)\n',
     '    std = np.maximum(train.std(axis=0), 1.0)\n'),
]
