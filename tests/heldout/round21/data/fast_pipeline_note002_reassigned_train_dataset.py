"""Right: note 002's one-step-a-line style, reassigning `train_dataset` at each of cache, shuffle, batch and prefetch(buffer_size=AUTOTUNE)."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"

import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    train_dataset = dataset.cache()
    train_dataset = train_dataset.shuffle(buffer_size=shuffle_buffer)
    train_dataset = train_dataset.batch(batch_size)
    train_dataset = train_dataset.prefetch(buffer_size=AUTOTUNE)
    return train_dataset
