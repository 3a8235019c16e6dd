"""Wrong: the learner asked for reshuffle_each_iteration=False, for a reproducible order; the examples are shuffled once and every epoch repeats that order; breaks 'so every epoch gets a new order'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(shuffle_buffer, reshuffle_each_iteration=False).batch(batch_size).prefetch(AUTOTUNE)'),
]
