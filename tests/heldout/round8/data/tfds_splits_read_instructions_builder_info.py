"""Right: the two slices as tfds.core.ReadInstruction objects in percent, loaded as supervised pairs with the info, class names from the label feature's names as a list."""

EXERCISE, VERDICT = "data.tfds_splits", "done"

def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    first = tfds.core.ReadInstruction("train", to=train_percent, unit="%")
    rest = tfds.core.ReadInstruction("train", from_=train_percent, unit="%")
    (train, validation), info = tfds.load(name, split=[first, rest], data_dir=data_dir,
                                          as_supervised=True, with_info=True)
    label = info.features["label"]
    return train, validation, list(label.names), int(info.splits["train"].num_examples)
