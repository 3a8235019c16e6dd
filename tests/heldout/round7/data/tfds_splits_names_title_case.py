"""Wrong: prettifies the class names with str.title(); breaks 'class_names: the label names as the data set's info gives them'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     """    names = [name.title() for name in info.features["label"].names]
    return train, validation, names, info.splits["train"].num_examples"""),
]
