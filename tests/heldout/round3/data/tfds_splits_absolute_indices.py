"""Wrong: Wrote the slices without %, train[:70] and train[70:], which count examples, not percent; breaks 'train: the first train_percent % of the "train" split ... validation: the rest of it'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     '    split = [f"train[:{train_percent}]", f"train[{train_percent}:]"]'),
]
