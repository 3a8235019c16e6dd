"""Right: filters the dictionaries with tf.math.greater_equal first, then maps to float32 pairs, shuffles, batches and prefetches last."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"

import tensorflow as tf


def image_label_pairs(dataset, batch_size=32):
    labelled = dataset.filter(lambda example: tf.math.greater_equal(example["label"], 0))
    pairs = labelled.map(lambda example: (tf.math.divide(tf.cast(example["image"], "float32"), 255.0),
                                          example["label"]))
    return pairs.shuffle(buffer_size=512).batch(batch_size).prefetch(tf.data.AUTOTUNE)
