"""Wrong: validation as the first (100 - train_percent)%, which overlaps training."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "no example in both"
MUTATE = [('f"train[{train_percent}%:]"]', 'f"train[:{100 - train_percent}%]"]')]
