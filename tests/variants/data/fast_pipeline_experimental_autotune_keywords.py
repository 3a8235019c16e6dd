"""Right: note 002's spelling of the tuning constant, tf.data.experimental.AUTOTUNE (the same -1 as tf.data.AUTOTUNE), with every step's argument by keyword: cache, shuffle reshuffling each epoch, batch keeping the remainder, prefetch."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "done", ""

import tensorflow as tf


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    cached = dataset.cache()
    shuffled = cached.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    batched = shuffled.batch(batch_size=batch_size, drop_remainder=False)
    return batched.prefetch(buffer_size=tf.data.experimental.AUTOTUNE)
