"""Wrong: Forgot the % in the slices, so train[:70] takes the first 70 examples, not 70 %; breaks 'train: the first train_percent % of the "train" split'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     'split = [f"train[:{train_percent}]", f"train[{train_percent}:]"]'),
]
