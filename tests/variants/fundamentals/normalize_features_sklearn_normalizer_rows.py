"""Wrong: scales every row to unit length (sklearn's Normalizer, mistaken for StandardScaler); breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     'return (train / np.linalg.norm(train, axis=1, keepdims=True),\n            test / np.linalg.norm(test, axis=1, keepdims=True))'),
]
