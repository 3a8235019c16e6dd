"""Correct: NumPy's genfromtxt reads the table by its header; empty fields come back as NaN."""
EXERCISE, VERDICT, SAYS = "data.csv_dataset", "done", ""

import numpy as np
import tensorflow as tf


def csv_dataset(path, label_name="label"):
    table = np.atleast_1d(np.genfromtxt(path, delimiter=",", names=True, dtype="float64"))
    names = [n for n in table.dtype.names if n != label_name]
    table = table[~np.isnan(table[label_name])]
    features = np.nan_to_num(np.stack([table[n] for n in names], axis=-1), nan=0.0).astype(np.float32)
    return tf.data.Dataset.from_tensor_slices((features.reshape(-1, len(names)), table[label_name].astype(np.int64)))
