"""Wrong: centres each column, then divides by the column's L2 norm (unit length) instead of its std; breaks 'both as (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('''    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std''',
     '''    norm = np.linalg.norm(train - mean, axis=0)  # unit length per column
    return (train - mean) / norm, (test - mean) / norm'''),
]
