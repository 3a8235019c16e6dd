"""Correct: filter on the dictionary first, then map; Rescaling-free division."""
EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "done", ""

import tensorflow as tf


def image_label_pairs(dataset, batch_size=32):
    labelled = dataset.filter(lambda example: example["label"] != -1)
    pairs = labelled.map(lambda example: (tf.image.convert_image_dtype(example["image"], tf.float32), example["label"]))
    return pairs.shuffle(100, seed=3).batch(batch_size).prefetch(tf.data.AUTOTUNE)
