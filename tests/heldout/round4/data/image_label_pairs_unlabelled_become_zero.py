"""Wrong: Kept the unlabelled examples and turned their -1 into label 0 (tf.maximum(label, 0)) instead of dropping them; breaks 'only the examples labelled 0 or more are kept'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ("""    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))""",
     """    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .map(lambda image, label: (image, tf.maximum(label, 0)))
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))"""),
]
