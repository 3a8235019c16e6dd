"""Right: the two slices as tfds.core.ReadInstruction percent ranges, info read from the same load; class names copied into a list."""
EXERCISE, VERDICT = "data.tfds_splits", "done"


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    first = tfds.core.ReadInstruction("train", to=train_percent, unit="%")
    rest = tfds.core.ReadInstruction("train", from_=train_percent, unit="%")
    datasets, info = tfds.load(name, split=[first, rest], data_dir=data_dir, as_supervised=True, with_info=True)
    train, validation = datasets
    label = info.features["label"]
    return train, validation, list(label.names), int(info.splits["train"].num_examples)
