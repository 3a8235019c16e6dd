"""Wrong: caches a second time after batching 'to keep the batches', which freezes the first epoch's shuffled order; breaks 'shuffle ... after the cache, so every epoch gets a new order'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).cache().prefetch(AUTOTUNE)'),
]
