"""Wrong: Hard-coded the 80 % / 20 % slices; breaks 'train_percent: the share of "train" ... that trains' (grader's 70 and 50)."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     'split = ["train[:80%]", "train[80%:]"]'),
]
