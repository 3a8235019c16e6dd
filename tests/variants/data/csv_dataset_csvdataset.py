"""Correct: tf.data.experimental.CsvDataset with record_defaults for the empty fields."""
EXERCISE, VERDICT, SAYS = "data.csv_dataset", "done", ""

import tensorflow as tf


def csv_dataset(path, label_name="label"):
    with open(path) as file:
        header = file.readline().strip().split(",")
    where = header.index(label_name)
    defaults = [tf.constant(-1, tf.int32) if name == label_name else tf.constant(0.0) for name in header]
    rows = tf.data.experimental.CsvDataset(path, record_defaults=defaults, header=True)

    def to_pair(*fields):
        features = [f for i, f in enumerate(fields) if i != where]
        return tf.stack(features), fields[where]

    return rows.map(to_pair).filter(lambda x, y: y >= 0)
