"""Wrong: casts both sets to float32 first, so a column of large values with a small spread loses its digits (1e6 + 0.1 noise gives garbage); breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    mean = train.mean(axis=0)\n',
     '    train, test = train.astype("float32"), test.astype("float32")  # Keras trains in float32 anyway\n    mean = train.mean(axis=0)\n'),
]
