"""Right: Keeps the statistics as (1, n_features) rows (keepdims=True) and multiplies by the reciprocal of the training std."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std""",
     """    mean = np.mean(train, axis=0, keepdims=True)
    inverse_std = 1.0 / np.std(train, axis=0, keepdims=True)
    return (train - mean) * inverse_std, (test - mean) * inverse_std"""),
]
