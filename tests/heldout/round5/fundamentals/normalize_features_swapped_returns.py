"""Wrong: Returned the test set first; breaks 'Returns: (train_normalised, test_normalised)'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return (test - mean) / std, (train - mean) / std'),
]
