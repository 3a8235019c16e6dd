"""Right: csv.reader with the label's column index from the header; empty fields become 0.0 in a comprehension over the row, rows with an empty label skipped."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

import csv

import numpy as np
import tensorflow as tf


def csv_dataset(path, label_name="label"):
    with open(path, newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        where = header.index(label_name)
        features, labels = [], []
        for row in reader:
            if not row or row[where] == "":
                continue
            features.append([float(value) if value != "" else 0.0
                             for column, value in enumerate(row) if column != where])
            labels.append(int(row[where]))
    features = np.asarray(features, dtype=np.float32).reshape(len(labels), len(header) - 1)
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels, dtype=np.int64)))
