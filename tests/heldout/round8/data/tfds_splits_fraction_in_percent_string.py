"""Wrong: writes train_percent / 100 into the split string, so "train[:0.7%]" asks for 0.7 % of the split (no example at all for a small split); breaks 'train: the first train_percent % of the "train" split'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    (
        '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
        '    share = train_percent / 100\n    split = [f"train[:{share}%]", f"train[{share}%:]"]',
    ),
]
