"""Right: computes the training standard deviation as np.linalg.norm(train - mean, axis=0) / sqrt(n_train), the population std, and scales both sets with the training mean and std."""

EXERCISE, VERDICT = 'fundamentals.normalize_features', 'done'

MUTATE = [
    ('    std = train.std(axis=0)',
     '    std = np.linalg.norm(train - mean, axis=0) / np.sqrt(len(train))'),
]
