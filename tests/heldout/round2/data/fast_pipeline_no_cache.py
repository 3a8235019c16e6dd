"""Wrong: Left out the cache, so every epoch reads every example again; breaks 'cache: ... later epochs replay them from memory'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)'),
]
