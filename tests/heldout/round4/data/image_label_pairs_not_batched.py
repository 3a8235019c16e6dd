"""Wrong: Shuffled and prefetched but never batched, so the dataset yields single pairs; breaks 'the examples are shuffled, then batched, `batch_size` per batch'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ("""    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))""",
     """    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .prefetch(AUTOTUNE))"""),
]
