"""Right: keeps the examples whose label is not the unlabelled marker -1 (tf.not_equal), filtering before the map."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n            .filter(lambda image, label: label >= 0)',
     '    return (dataset.filter(lambda example: tf.not_equal(example["label"], -1))\n            .map(to_pair, num_parallel_calls=AUTOTUNE)'),
]
