"""Right: spells shuffle_files=False and download=True in the tfds.load call and casts the count with int()."""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    (train, validation), info = tfds.load(
        name, split=[f"train[:{train_percent}%]", f"train[{train_percent}%:]"], data_dir=data_dir,
        download=True, shuffle_files=False, as_supervised=True, with_info=True)
    class_names = list(info.features["label"].names)
    return train, validation, class_names, int(info.splits["train"].num_examples)
