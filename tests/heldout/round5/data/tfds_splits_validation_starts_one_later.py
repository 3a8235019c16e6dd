"""Wrong: Started the validation slice at train_percent + 1 % 'so they do not overlap'; breaks 'no example in both, together the whole split'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     'split = [f"train[:{train_percent}%]", f"train[{train_percent + 1}%:]"]'),
]
