"""Wrong: cuts validation as train[-(100 - p)%:]; tfds rounds each boundary on its own, so when p % of the split lands on a half (5 examples at 50 %) an example falls between the two slices; breaks 'validation: the rest of it, in order; no example in both, together the whole split'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     '    split = [f"train[:{train_percent}%]", f"train[-{100 - train_percent}%:]"]'),
]
