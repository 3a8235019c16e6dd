"""Right: the unlabelled examples are filtered out of the dictionaries first (label >= 0, a tensor comparison), then each becomes (image / 255, label): tf's true division of a uint8 tensor by a Python int gives float32, so the image arrives in [0, 1] without an explicit cast; then shuffle, batch (last smaller batch kept) and prefetch, last."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('''    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]

    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))''',
     '''    labelled = dataset.filter(lambda example: tf.greater_equal(example["label"], 0))
    pairs = labelled.map(lambda example: (example["image"] / 255, example["label"]))
    pairs = pairs.shuffle(buffer_size=2048)
    pairs = pairs.batch(batch_size, drop_remainder=False)
    return pairs.prefetch(buffer_size=tf.data.AUTOTUNE)'''),
]
