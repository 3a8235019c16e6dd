"""Wrong: reads the file with np.loadtxt(delimiter=",", skiprows=1), which cannot parse an empty field and raises ValueError; breaks 'Missing values (an empty field, as in 3.5,,1): a missing feature becomes 0.0; a row whose label is missing is dropped'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"

import csv
import json

import numpy as np
import tensorflow as tf


def csv_dataset(path, label_name="label"):
    with open(path) as file:
        header = file.readline().strip().split(",")
    table = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    column = header.index(label_name)
    features = np.delete(table, column, axis=1).astype("float32")
    labels = table[:, column].astype("int32")
    return tf.data.Dataset.from_tensor_slices((features, labels))
