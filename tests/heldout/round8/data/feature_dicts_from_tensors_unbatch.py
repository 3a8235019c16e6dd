"""Right: one element holding both whole arrays with Dataset.from_tensors, then unbatch() into n dictionaries."""

EXERCISE, VERDICT = "data.feature_dicts", "done"

import tensorflow as tf


def feature_dicts(images, labels):
    whole = tf.data.Dataset.from_tensors({"image": images, "label": labels})
    return whole.unbatch()
