"""Correct: the slices spelled with str.format and passed as a tuple, the pair unpacked apart; the size as a NumPy int."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "done", ""

import numpy as np


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    datasets, info = tfds.load(name, data_dir=data_dir, with_info=True, as_supervised=True,
                               split=("train[:{}%]".format(train_percent), "train[{}%:]".format(train_percent)))
    train_ds, val_ds = datasets
    return train_ds, val_ds, info.features["label"].names, np.int64(info.splits["train"].num_examples)
