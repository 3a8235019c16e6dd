"""Right: tells the layouts apart with path.endswith(".json") (false for .jsonl), reads lines with str.splitlines, and stacks the values into float32 / int64 arrays."""

EXERCISE, VERDICT = "data.json_dataset", "done"

import json

import numpy as np
import tensorflow as tf


def json_dataset(path, feature_names, label_name="label"):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if path.endswith(".json"):
        records = json.loads(text)
    else:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    features = np.array([[float(record[name]) for name in feature_names] for record in records],
                        dtype=np.float32).reshape(len(records), len(feature_names))
    labels = np.array([int(record[label_name]) for record in records], dtype=np.int64)
    return tf.data.Dataset.from_tensor_slices((features, labels))
