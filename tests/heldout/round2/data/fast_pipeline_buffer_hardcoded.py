"""Wrong: Shuffle(1000) whatever shuffle_buffer is; breaks 'with a buffer of shuffle_buffer examples'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(1000).batch(batch_size).prefetch(AUTOTUNE)'),
]
