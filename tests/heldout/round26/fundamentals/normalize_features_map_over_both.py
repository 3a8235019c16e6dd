"""Right: takes the training set's column means and the square root of its column variances (the population std), and applies one scaling function to both sets with map(), returning the pair as a tuple."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    centre = np.mean(train, axis=0)\n'
     '    spread = np.sqrt(np.var(train, axis=0))\n\n'
     '    def scale(x):\n'
     '        return (x - centre) / spread\n\n'
     '    return tuple(map(scale, (train, test)))'),
]
