"""Right: the four steps as separate statements with keywords, the prefetch buffer given as -1 (the value of tf.data.AUTOTUNE) and drop_remainder=False spelt out."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

import tensorflow as tf


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    cached = dataset.cache()
    shuffled = cached.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    batched = shuffled.batch(batch_size=batch_size, drop_remainder=False)
    return batched.prefetch(buffer_size=-1)
