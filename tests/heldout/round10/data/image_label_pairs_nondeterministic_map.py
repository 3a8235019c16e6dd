"""Right: maps in parallel with deterministic=False (the order is shuffled next anyway) and filters with tf.greater_equal."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n            .filter(lambda image, label: label >= 0)',
     '    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE, deterministic=False)\n            .filter(lambda image, label: tf.greater_equal(label, 0))'),
]
