"""Right: reads both files with private helpers, gathers every example into arrays, and for mixed=True reorders them with a seeded NumPy permutation before one from_tensor_slices."""

EXERCISE, VERDICT = "data.combine_sources", "done"

import csv
import json

import numpy as np
import tensorflow as tf


def _csv_rows(path, label_name):
    with open(path, newline="") as file:
        rows = [row for row in csv.DictReader(file) if row[label_name] != ""]
    names = [name for name in rows[0] if name != label_name] if rows else []
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    return features, [int(row[label_name]) for row in rows]


def _json_rows(path, feature_names, label_name):
    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    return ([[float(record[name]) for name in feature_names] for record in records],
            [int(record[label_name]) for record in records])


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    csv_features, csv_labels = _csv_rows(csv_path, label_name)
    json_features, json_labels = _json_rows(json_path, feature_names, label_name)
    width = len(feature_names)
    features = np.array(csv_features + json_features, dtype=np.float32).reshape(-1, width)
    labels = np.array(csv_labels + json_labels, dtype=np.int32)
    if mixed:
        order = np.random.default_rng(0).permutation(len(labels))
        features, labels = features[order], labels[order]
    return tf.data.Dataset.from_tensor_slices((features, labels))
