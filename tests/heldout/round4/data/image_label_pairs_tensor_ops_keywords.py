"""Right: Maps to (image * (1/255), label) with tf.math ops, filters with tf.math.greater_equal, shuffles with a 256-example reshuffling buffer, batches keeping the remainder, prefetches last."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ("""    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]

    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))""",
     """    def to_pair(example):
        image = tf.math.multiply(tf.cast(example["image"], tf.float32), 1.0 / 255.0)
        return image, example["label"]

    pairs = dataset.map(to_pair).filter(lambda image, label: tf.math.greater_equal(label, 0))
    pairs = pairs.shuffle(buffer_size=256, reshuffle_each_iteration=True)
    return pairs.batch(batch_size, drop_remainder=False).prefetch(tf.data.AUTOTUNE)"""),
]
