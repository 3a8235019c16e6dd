"""Wrong: calls dataset.cache() without keeping its result (tf.data never changes a dataset in place), so nothing is cached and every epoch reads the examples again; breaks '1. cache: the first epoch reads the examples, later epochs replay them from memory'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    (
        '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
        '    dataset.cache()\n    dataset = dataset.shuffle(shuffle_buffer)\n    dataset = dataset.batch(batch_size)\n    return dataset.prefetch(AUTOTUNE)',
    ),
]
