"""Wrong: split='train' for both parts: each is the whole split, and validation repeats training."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "slice it"
MUTATE = [('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]', 'split = ["train", "train"]')]
