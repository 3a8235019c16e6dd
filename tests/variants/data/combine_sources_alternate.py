"""Correct: the sources alternate with choose_from_datasets; files read inline."""
EXERCISE, VERDICT, SAYS = "data.combine_sources", "done", ""

import csv
import json

import tensorflow as tf


def _pairs(rows, feature_names, label_name):
    features = [[float(r[n]) for n in feature_names] for r in rows]
    labels = [int(r[label_name]) for r in rows]
    return tf.data.Dataset.from_tensor_slices((tf.constant(features, tf.float32), tf.constant(labels, tf.int64)))


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    with open(csv_path) as file:
        first = _pairs(list(csv.DictReader(file)), feature_names, label_name)
    with open(json_path) as file:
        second = _pairs(json.load(file), feature_names, label_name)
    if mixed:
        turns = tf.data.Dataset.range(2).repeat()
        return tf.data.Dataset.choose_from_datasets([first, second], turns, stop_on_empty_dataset=False)
    return first.concatenate(second)
