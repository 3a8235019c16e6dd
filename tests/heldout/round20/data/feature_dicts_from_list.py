"""Right: builds the dictionaries one by one and turns them into a dataset with tf.data.experimental.from_list."""
EXERCISE, VERDICT = "data.feature_dicts", "done"

import tensorflow as tf


def feature_dicts(images, labels):
    examples = [{"image": image, "label": label} for image, label in zip(images, labels)]
    return tf.data.experimental.from_list(examples)
