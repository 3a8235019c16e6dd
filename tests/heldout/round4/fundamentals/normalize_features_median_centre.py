"""Wrong: Centred each column on its median (robust scaling habit) instead of its mean; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std""",
     """    centre = np.median(train, axis=0)
    std = train.std(axis=0)
    return (train - centre) / std, (test - centre) / std"""),
]
