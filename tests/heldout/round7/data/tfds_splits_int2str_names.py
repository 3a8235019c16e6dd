"""Right: class names read one by one with the label feature's int2str, num_examples cast with int()."""
EXERCISE, VERDICT = "data.tfds_splits", "done"
MUTATE = [
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     """    label = info.features["label"]
    class_names = [label.int2str(k) for k in range(label.num_classes)]
    return train, validation, class_names, int(info.splits["train"].num_examples)"""),
]
