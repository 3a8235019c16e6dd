"""Right: the learner takes the mean and the (population) standard deviation of the training columns only, stacks the two sets into one array, shifts and scales it once with those training statistics, and splits it back at len(train); the test rows never enter the statistics, each column keeps its own mean and spread, and both parts come back in order with their own number of rows."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

MUTATE = [
    ('''    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std''',
     '''    train = np.asarray(train)
    centre, spread = np.mean(train, axis=0), np.std(train, axis=0)
    both = (np.concatenate([train, np.asarray(test)], axis=0) - centre) / spread
    return both[:len(train)], both[len(train):]'''),
]
