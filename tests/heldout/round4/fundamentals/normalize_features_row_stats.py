"""Wrong: Took the mean and standard deviation along axis=1 (per row, not per column); breaks 'both as (x - train_mean) / train_std, column by column'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std""",
     """    mean = train.mean(axis=1, keepdims=True)
    std = train.std(axis=1, keepdims=True)
    return (train - mean) / std, (test - test.mean(axis=1, keepdims=True)) / test.std(axis=1, keepdims=True)"""),
]
