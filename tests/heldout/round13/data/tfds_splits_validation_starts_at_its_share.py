"""Wrong: computes the validation share and slices from it, f"train[{100 - train_percent}%:]", which is right at 50 % only: at 70 % the validation slice starts at 30 % and overlaps training; breaks 'validation: the rest of it, in order; no example in both, together the whole split'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('f"train[{train_percent}%:]"',
     'f"train[{100 - train_percent}%:]"'),
]
