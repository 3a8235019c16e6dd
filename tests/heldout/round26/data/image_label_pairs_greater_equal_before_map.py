"""Right: keeps the labelled dictionaries with tf.math.greater_equal(label, 0), shuffles the small uint8 dictionaries (buffer 2048) before any decoding, then maps each to (tf.cast(image, tf.float32) / 255.0, label) in parallel, batches keeping the smaller last batch, and prefetches last with tf.data.AUTOTUNE."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('''    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)''',
     '''    labelled = dataset.filter(lambda example: tf.math.greater_equal(example["label"], 0))
    return (labelled.shuffle(buffer_size=2048)
            .map(to_pair, num_parallel_calls=tf.data.AUTOTUNE)'''),
]
