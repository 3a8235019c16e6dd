"""Wrong: scales by the mean absolute deviation instead of the standard deviation; breaks 'both as (x - train_mean) / train_std' (standard deviation 1)."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
""",
     """    mean = train.mean(axis=0)
    std = np.abs(train - mean).mean(axis=0)
"""),
]
