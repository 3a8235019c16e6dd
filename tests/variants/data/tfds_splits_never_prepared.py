"""Wrong: the builder API without download_and_prepare(): at home as_dataset finds no data to read."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "builder.download_and_prepare()"

import tensorflow_datasets as tfds


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    builder = tfds.builder(name, data_dir=data_dir)
    train = builder.as_dataset(split=f"train[:{train_percent}%]", as_supervised=True)
    validation = builder.as_dataset(split=f"train[{train_percent}%:]", as_supervised=True)
    return train, validation, builder.info.features["label"].names, builder.info.splits["train"].num_examples
