"""Correct: note 002's spelling tf.data.experimental.AUTOTUNE, keyword arguments."""
EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "done", ""

import tensorflow as tf


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    dataset = dataset.cache()
    dataset = dataset.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    dataset = dataset.batch(batch_size)
    return dataset.prefetch(buffer_size=tf.data.experimental.AUTOTUNE)
