"""Wrong: the slices swapped: training gets the last part, validation the first."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "is for training"
MUTATE = [('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]', 'split = [f"train[{train_percent}%:]", f"train[:{train_percent}%]"]')]
