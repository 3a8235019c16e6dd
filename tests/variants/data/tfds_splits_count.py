"""Wrong: without the % sign, train[:70] asks for 70 examples, not 70%."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "train[:70]"
MUTATE = [('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]', 'split = [f"train[:{train_percent}]", f"train[{train_percent}:]"]')]
