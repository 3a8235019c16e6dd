"""Wrong: the learner shuffled the raw examples first and cached the shuffled stream, thinking the cache keeps the examples, not their order; the first epoch's order is frozen into the cache and replayed every later epoch; breaks 'shuffle ... after the cache, so every epoch gets a new order'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.shuffle(shuffle_buffer).cache().batch(batch_size).prefetch(AUTOTUNE)'),
]
