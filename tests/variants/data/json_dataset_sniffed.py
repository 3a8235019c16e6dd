"""Correct: the layout told apart by the first character ('[' for an array), labels as int64."""
EXERCISE, VERDICT, SAYS = "data.json_dataset", "done", ""

import json

import tensorflow as tf


def json_dataset(path, feature_names, label_name="label"):
    with open(path) as file:
        text = file.read()
    if text.lstrip().startswith("["):
        records = json.loads(text)
    else:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    features = tf.constant([[float(r[n]) for n in feature_names] for r in records], tf.float32)
    labels = tf.constant([int(r[label_name]) for r in records], tf.int64)
    return tf.data.Dataset.from_tensor_slices((features, labels))
