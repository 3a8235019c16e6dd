"""Right: shuffles the dictionaries first, then divides the uint8 image by 255 (true division gives float32), filters with tf.greater_equal, batches and prefetches."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

import tensorflow as tf


def image_label_pairs(dataset, batch_size=32):
    pairs = dataset.shuffle(buffer_size=512).map(
        lambda example: (tf.cast(example["image"] / 255, tf.float32), example["label"]))
    labelled = pairs.filter(lambda image, label: tf.greater_equal(label, 0))
    return labelled.batch(batch_size).prefetch(tf.data.AUTOTUNE)
