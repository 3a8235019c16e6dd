"""Wrong: Gave the shuffle a buffer of batch_size examples instead of shuffle_buffer; breaks '2. shuffle, with a buffer of `shuffle_buffer` examples'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(batch_size).batch(batch_size).prefetch(AUTOTUNE)'),
]
