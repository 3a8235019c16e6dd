"""Wrong: the learner shuffled first and cached the shuffled stream, thinking the order of cache and shuffle does not matter as long as both are there; the first epoch's order is frozen into the cache and replayed, which breaks 'shuffle ... after the cache, so every epoch gets a new order (a shuffle before the cache would be frozen into it)'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.shuffle(shuffle_buffer).cache().batch(batch_size).prefetch(AUTOTUNE)'),
]
