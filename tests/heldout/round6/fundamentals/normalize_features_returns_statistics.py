"""Wrong: also returns the mean and std it used, for later use on new data; breaks 'Returns: (train_normalised, test_normalised)'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return (train - mean) / std, (test - mean) / std, mean, std  # keep the statistics for new data'),
]
