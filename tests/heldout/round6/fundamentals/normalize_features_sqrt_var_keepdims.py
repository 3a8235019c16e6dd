"""Right: statistics with keepdims, std as the square root of the variance, np.divide."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"
MUTATE = [
    ('''    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std''',
     '''    mean = np.mean(train, axis=0, keepdims=True)
    std = np.sqrt(np.var(train, axis=0, keepdims=True))
    return np.divide(train - mean, std), np.divide(test - mean, std)'''),
]
