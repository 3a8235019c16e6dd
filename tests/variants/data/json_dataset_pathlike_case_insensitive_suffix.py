"""Right: accepts a str or a pathlib.Path (os.fspath) and tells the layouts apart by the lower-cased suffix; reads the lines with splitlines, skipping blank ones, and builds the features in the order of feature_names."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "done", ""

import json
import os

import numpy as np
import tensorflow as tf


def json_dataset(path, feature_names, label_name="label"):
    path = os.fspath(path)
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if path.lower().endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    names = list(feature_names)
    features = np.array([[float(record[name]) for name in names] for record in records],
                        dtype=np.float32).reshape(len(records), len(names))
    labels = np.array([int(record[label_name]) for record in records], dtype=np.int64)
    return tf.data.Dataset.from_tensor_slices((features, labels))
