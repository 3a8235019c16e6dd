"""Right: mixes by alternating zipped pairs, then appends the rest of each source after the shorter length."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def csv_dataset(path, label_name="label"):
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset(path, feature_names, label_name="label"):
    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    first = csv_dataset(csv_path, label_name)
    second = json_dataset(json_path, feature_names, label_name)
    if not mixed:
        return first.concatenate(second)
    shorter = int(min(first.cardinality(), second.cardinality()))
    pairs = tf.data.Dataset.zip((first, second)).flat_map(
        lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))
    return pairs.concatenate(first.skip(shorter)).concatenate(second.skip(shorter))
