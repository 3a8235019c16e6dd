"""Right: one map, the filter written as logical_not(label < 0), a smaller shuffle buffer, AUTOTUNE prefetch last."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ('''    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)''',
     '''    return (dataset.map(to_pair)
            .filter(lambda image, label: tf.math.logical_not(label < 0))
            .shuffle(256)'''),
]
