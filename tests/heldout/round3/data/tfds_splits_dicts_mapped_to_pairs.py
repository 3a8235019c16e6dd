"""Right: Loads the slices as dictionaries and maps each to an (image, label) pair; class names from int2str over the label's num_classes."""
EXERCISE, VERDICT = "data.tfds_splits", "done"
MUTATE = [
    ('''    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)
    return train, validation, info.features["label"].names, info.splits["train"].num_examples''',
     '''    (train, validation), info = tfds.load(name, split=split, with_info=True, data_dir=data_dir)
    label = info.features["label"]
    train = train.map(lambda example: (example["image"], example["label"]))
    validation = validation.map(lambda example: (example["image"], example["label"]))
    names = [label.int2str(k) for k in range(label.num_classes)]
    return train, validation, names, int(info.splits["train"].num_examples)'''),
]
