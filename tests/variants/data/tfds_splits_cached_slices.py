"""Right: loads the two percent slices in one tfds.load call (as_supervised pairs, data_dir passed through, the library imported inside), caches each slice in memory for later epochs, and reads the names and the train split's size from the info."""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "done", ""


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    (train, validation), info = tfds.load(
        name,
        split=[f"train[:{train_percent}%]", f"train[{train_percent}%:]"],
        data_dir=data_dir,
        as_supervised=True,
        with_info=True,
        shuffle_files=False,
    )
    class_names = list(info.features["label"].names)
    num_examples = int(info.splits["train"].num_examples)
    return train.cache(), validation.cache(), class_names, num_examples
