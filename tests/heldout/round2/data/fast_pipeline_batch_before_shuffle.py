"""Wrong: Batched before shuffling, so only whole batches move; breaks 'batch ... after the shuffle'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().batch(batch_size).shuffle(shuffle_buffer).prefetch(AUTOTUNE)'),
]
