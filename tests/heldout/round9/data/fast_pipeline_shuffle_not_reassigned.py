"""Wrong: builds the pipeline step by step but calls dataset.shuffle(shuffle_buffer) without keeping its result, so the batches come in the same order every epoch; breaks '2. shuffle, with a buffer of `shuffle_buffer` examples: after the cache, so every epoch gets a new order'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    (
        '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)\n',
        '    dataset = dataset.cache()\n    dataset.shuffle(shuffle_buffer)\n    dataset = dataset.batch(batch_size)\n    return dataset.prefetch(AUTOTUNE)\n',
    ),
]
