"""Wrong: returns the two arrays in a list, not a tuple; breaks 'Returns: (train_normalised, test_normalised)'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    return [(train - mean) / std, (test - mean) / std]'),
]
