"""Wrong: Used the 'test' split as validation; breaks 'validation: the rest of [the train split]'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('f"train[{train_percent}%:]"',
     '"test"'),
]
