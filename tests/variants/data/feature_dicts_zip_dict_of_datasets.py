"""Right: builds one dataset per array and zips them as a dictionary of datasets (Dataset.zip accepts a dict), which yields {"image": images[k], "label": labels[k]} with the arrays' dtypes."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "done", ""

import tensorflow as tf


def feature_dicts(images, labels):
    return tf.data.Dataset.zip({
        "image": tf.data.Dataset.from_tensor_slices(images),
        "label": tf.data.Dataset.from_tensor_slices(labels),
    })
