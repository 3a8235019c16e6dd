"""Wrong: returns the example count before the class names; breaks '(train, validation, class_names, num_examples)'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    return train, validation, info.splits["train"].num_examples, info.features["label"].names'),
]
