"""Right: reads the two files with its own csv_dataset and json_dataset, joins them with concatenate (in order) or sample_from_datasets with equal weights that keeps going when one source runs out (mixed), and prefetches the unbatched result."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "done", ""

import csv
import json

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
    sources = [csv_dataset(csv_path, label_name), json_dataset(json_path, feature_names, label_name)]
    if mixed:
        joined = tf.data.Dataset.sample_from_datasets(sources, weights=[0.5, 0.5], stop_on_empty_dataset=False)
    else:
        joined = sources[0].concatenate(sources[1])
    return joined.prefetch(AUTOTUNE)
