"""Right: drops the unlabelled dictionaries first (tf.greater_equal on the label), converts with a named function in a parallel, deterministic map, skips unreadable elements with ignore_errors(), then shuffles, batches (remainder kept) and prefetches last."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "done", ""

import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def _labelled(example):
    return tf.greater_equal(example["label"], 0)


def _to_pair(example):
    image = tf.cast(example["image"], tf.float32) / 255.0
    return image, example["label"]


def image_label_pairs(dataset, batch_size=32):
    pairs = (dataset.filter(_labelled)
             .map(_to_pair, num_parallel_calls=AUTOTUNE, deterministic=True)
             .ignore_errors())
    return pairs.shuffle(buffer_size=1000).batch(batch_size, drop_remainder=False).prefetch(AUTOTUNE)
