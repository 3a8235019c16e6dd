"""Right: generalises "missing" to a module-level frozenset of spellings ("", "NA", "nan", "null", also after stripping spaces), drops rows whose label is missing and fills missing features with 0.0; on the kit's files (numbers or empty fields) it reads the same examples."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "done", ""

import csv

import numpy as np
import tensorflow as tf

MISSING = frozenset({"", "na", "nan", "null", "none"})


def _missing(text):
    return text is None or text.strip().lower() in MISSING


def csv_dataset(path, label_name="label"):
    with open(path, newline="") as file:
        reader = csv.DictReader(file)
        names = [name for name in reader.fieldnames if name != label_name]
        features, labels = [], []
        for row in reader:
            if _missing(row[label_name]):
                continue
            features.append([0.0 if _missing(row[name]) else float(row[name]) for name in names])
            labels.append(int(row[label_name]))
    features = np.asarray(features, dtype=np.float32).reshape(len(labels), len(names))
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels, dtype=np.int64)))
