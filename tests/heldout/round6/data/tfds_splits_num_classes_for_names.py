"""Wrong: returns the number of classes where the class names belong; breaks 'class_names: the label names as the data set's info gives them (str, label k is class_names[k])'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    return train, validation, info.features["label"].num_classes, info.splits["train"].num_examples'),
]
