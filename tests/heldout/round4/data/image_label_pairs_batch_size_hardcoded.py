"""Wrong: Batched by 32 whatever batch_size says; breaks 'batched, `batch_size` per batch (the smaller last batch kept)'."""
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
            .batch(32)
            .prefetch(AUTOTUNE))"""),
]
