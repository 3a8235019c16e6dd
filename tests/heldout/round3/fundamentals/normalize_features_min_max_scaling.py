"""Wrong: Min-max scaled each column with the training min and max (MinMaxScaler habit); breaks 'shifted and scaled to mean 0 and standard deviation 1 ... (x - train_mean) / train_std'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '''    low, high = train.min(axis=0), train.max(axis=0)
    return (train - low) / (high - low), (test - low) / (high - low)'''),
]
