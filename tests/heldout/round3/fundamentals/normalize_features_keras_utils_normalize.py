"""Wrong: Used keras.utils.normalize (L2 norm of each column, each set on its own); breaks 'both as (x - train_mean) / train_std ... the statistics come from the training set only'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return keras.utils.normalize(train, axis=0), keras.utils.normalize(test, axis=0)'),
]
