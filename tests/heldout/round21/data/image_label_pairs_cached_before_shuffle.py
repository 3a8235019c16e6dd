"""Right: adds a cache() after the filter and before the shuffle (the read-once habit of the pipeline exercises); still shuffled, batched, prefetched last, every labelled example once."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"

import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def image_label_pairs(dataset, batch_size=32):
    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]

    dataset = dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
    dataset = dataset.filter(lambda image, label: label >= 0)
    dataset = dataset.cache()
    dataset = dataset.shuffle(1000)
    dataset = dataset.batch(batch_size)
    return dataset.prefetch(buffer_size=AUTOTUNE)
