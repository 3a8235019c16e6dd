"""Wrong: caches last, after the shuffled batches ("cache the finished product"), so the first epoch's shuffled order is frozen into the cache; breaks 'after the cache, so every epoch gets a new order (a shuffle before the cache would be frozen into it)'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE).cache()'),
]
