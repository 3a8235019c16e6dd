"""Wrong: Shuffled with reshuffle_each_iteration=False ('reproducible'), so every epoch has the same order; breaks 'shuffle ... after the cache, so every epoch gets a new order'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer, reshuffle_each_iteration=False).batch(batch_size).prefetch(AUTOTUNE)'),
]
