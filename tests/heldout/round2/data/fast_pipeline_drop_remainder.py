"""Wrong: Batch(..., drop_remainder=True); breaks 'keep the smaller last batch'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(shuffle_buffer).batch(batch_size, drop_remainder=True).prefetch(AUTOTUNE)'),
]
