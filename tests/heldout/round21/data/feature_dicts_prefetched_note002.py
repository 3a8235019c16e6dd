"""Right: the dictionary dataset with note 002's prefetch(buffer_size=AUTOTUNE) added: still n elements, values and dtypes unchanged."""
EXERCISE, VERDICT = "data.feature_dicts", "done"

import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def feature_dicts(images, labels):
    dataset = tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})
    dataset = dataset.prefetch(buffer_size=AUTOTUNE)
    return dataset
