"""Wrong: the percent written as a fraction, train[:0.7%]."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "not train[:0.7%]"
MUTATE = [('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]', 'split = [f"train[:{train_percent / 100}%]", f"train[{train_percent / 100}%:]"]')]
