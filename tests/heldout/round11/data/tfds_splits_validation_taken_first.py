"""Wrong: cuts the validation slice from the start of the split and trains on the rest; breaks 'train: the first train_percent % of the "train" split, in the split's order'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info',
     '    split = [f"train[{100 - train_percent}%:]", f"train[:{100 - train_percent}%]"]\n    (train, validation), info'),
]
