"""Correct: the builder API (tfds.builder, download_and_prepare, as_dataset, builder.info), tfds imported at the top."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "done", ""

import tensorflow_datasets as tfds


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    builder = tfds.builder(name, data_dir=data_dir)
    builder.download_and_prepare()
    train = builder.as_dataset(split=f"train[:{train_percent}%]", as_supervised=True)
    validation = builder.as_dataset(split=f"train[{train_percent}%:]", as_supervised=True)
    info = builder.info
    return train, validation, list(info.features["label"].names), int(info.splits["train"].num_examples)
