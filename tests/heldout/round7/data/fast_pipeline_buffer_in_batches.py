"""Wrong: sizes the shuffle buffer as shuffle_buffer batches (shuffle_buffer * batch_size examples); breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer * batch_size).batch(batch_size).prefetch(AUTOTUNE)'),
]
