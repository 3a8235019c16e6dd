"""Wrong: a copy-paste slip gives the validation part the same slice as training, train[:p%]; breaks 'validation: the rest of it, in order; no example in both'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    (
        '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
        '    split = [f"train[:{train_percent}%]", f"train[:{train_percent}%]"]',
    ),
]
