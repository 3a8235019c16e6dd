"""Wrong: Swapped the two sizes: shuffle(batch_size) and batch(shuffle_buffer); breaks '2. shuffle, with a buffer of `shuffle_buffer` examples ... 3. batch, `batch_size` examples'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(batch_size).batch(shuffle_buffer).prefetch(AUTOTUNE)'),
]
