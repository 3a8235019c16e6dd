"""Wrong: the test set is normalised with its own statistics (data leakage)."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "its own mean"
MUTATE = [("(test - mean) / std", "(test - test.mean(axis=0)) / test.std(axis=0)")]
