"""Right: from_tensor_slices over the dict, then .cache() as the tfds guides do; the elements are the same."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def feature_dicts(images, labels):
    features = {"image": np.asarray(images), "label": np.asarray(labels)}
    return tf.data.Dataset.from_tensor_slices(features).cache()
