"""Right: opens the file with tf.io.gfile.GFile as the TF tutorials do, parses lines or the array, labels as int64."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def json_dataset(path, feature_names, label_name="label"):
    with tf.io.gfile.GFile(path, "r") as file:
        text = file.read()
    if str(path).endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        records = json.loads(text)
    features = np.array([[float(record[name]) for name in feature_names] for record in records], dtype=np.float32)
    labels = np.array([int(record[label_name]) for record in records], dtype=np.int64)
    return tf.data.Dataset.from_tensor_slices((features.reshape(len(records), len(feature_names)), labels))
