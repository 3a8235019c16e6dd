"""Wrong: Normalised train first and re-used the name, so the test set is scaled with the *normalised* train's statistics (mean 0, std 1) and left unchanged; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std""",
     """    train = (train - train.mean(axis=0)) / train.std(axis=0)
    test = (test - train.mean(axis=0)) / train.std(axis=0)
    return train, test"""),
]
