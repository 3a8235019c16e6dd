"""Right: reads the whole text, parses it by the file's extension (os.path.splitext), and builds the columns with np.asarray per name."""
EXERCISE, VERDICT = "data.json_dataset", "done"

import json
import os

import numpy as np
import tensorflow as tf


def json_dataset(path, feature_names, label_name="label"):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if os.path.splitext(path)[1] == ".jsonl":
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    features = np.zeros((len(records), len(feature_names)), dtype=np.float32)
    for column, name in enumerate(feature_names):
        features[:, column] = np.asarray([record[name] for record in records], dtype=np.float32)
    labels = np.asarray([record[label_name] for record in records], dtype=np.int64)
    return tf.data.Dataset.from_tensor_slices((features, labels))
