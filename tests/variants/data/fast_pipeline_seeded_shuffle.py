"""Correct: a seeded shuffle still reshuffles every epoch; steps assigned one by one."""
EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "done", ""

import tensorflow as tf


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    dataset = dataset.cache()
    dataset = dataset.shuffle(shuffle_buffer, seed=123)
    dataset = dataset.batch(batch_size, drop_remainder=False)
    return dataset.prefetch(tf.data.AUTOTUNE)
