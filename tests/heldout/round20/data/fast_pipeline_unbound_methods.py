"""Right: the same four steps written as calls of tf.data.Dataset's methods on the dataset, one name per step."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"

import tensorflow as tf

Dataset = tf.data.Dataset


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    cached = Dataset.cache(dataset)
    shuffled = Dataset.shuffle(cached, shuffle_buffer)
    batched = Dataset.batch(shuffled, batch_size)
    return Dataset.prefetch(batched, tf.data.AUTOTUNE)
