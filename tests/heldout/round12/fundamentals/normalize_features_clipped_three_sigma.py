"""Wrong: clips the normalised values to [-3, 3] to tame outliers, which cuts a test set far from the training statistics; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return np.clip((train - mean) / std, -3, 3), np.clip((test - mean) / std, -3, 3)'),
]
