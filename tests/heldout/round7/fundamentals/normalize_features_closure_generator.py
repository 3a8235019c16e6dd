"""Right: np.mean/np.std with axis=0, a small closure applied to both sets through a generator, returned as a tuple."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std""",
     """    mean, std = np.mean(train, axis=0), np.std(train, axis=0)

    def standardise(x):
        return np.subtract(x, mean) / std

    return tuple(standardise(x) for x in (train, test))"""),
]
