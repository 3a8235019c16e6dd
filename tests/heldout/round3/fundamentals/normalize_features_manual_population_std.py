"""Right: Computes the mean and the population standard deviation by hand (sqrt of the mean squared deviation) instead of .mean()/.std()."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"
MUTATE = [
    ('''    mean = train.mean(axis=0)
    std = train.std(axis=0)''',
     '''    mean = np.sum(train, axis=0) / len(train)
    std = np.sqrt(np.mean((train - mean) ** 2, axis=0))'''),
]
