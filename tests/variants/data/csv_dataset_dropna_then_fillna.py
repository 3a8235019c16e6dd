"""Right: the pandas order dropna(subset=[label]) then fillna(0), written with csv.reader and column indices; int64 labels."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def csv_dataset(path, label_name="label"):
    with open(path, newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = [row for row in reader if row]
    label_at = header.index(label_name)
    rows = [row for row in rows if row[label_at].strip() != ""]
    features = [[float(value) if value.strip() else 0.0 for at, value in enumerate(row) if at != label_at]
                for row in rows]
    labels = [int(row[label_at]) for row in rows]
    features = np.array(features, dtype=np.float32).reshape(len(rows), len(header) - 1)
    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype=np.int64)))
