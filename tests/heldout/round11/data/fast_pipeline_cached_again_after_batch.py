"""Wrong: caches a second time after batching, which freezes the first epoch's shuffled batches for every later epoch; breaks 'after the cache, so every epoch gets a new order (a shuffle before the cache would be frozen into it)'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).cache().prefetch(AUTOTUNE)'),
]
