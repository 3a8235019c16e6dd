"""Right: the four steps chained with Dataset.apply and keyword arguments (cache, reshuffled shuffle, batch keeping the remainder, prefetch of tf.data.AUTOTUNE)."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"

import tensorflow as tf


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    steps = (
        lambda d: d.cache(),
        lambda d: d.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True),
        lambda d: d.batch(batch_size, drop_remainder=False),
        lambda d: d.prefetch(buffer_size=tf.data.AUTOTUNE),
    )
    for step in steps:
        dataset = dataset.apply(step)
    return dataset
