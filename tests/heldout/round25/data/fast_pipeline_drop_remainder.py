"""Wrong: the learner batched with drop_remainder=True so every batch has the same static shape; with 23 examples in batches of 5 the last 3 examples are never seen; breaks 'keep the smaller last batch'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(shuffle_buffer).batch(batch_size, drop_remainder=True).prefetch(AUTOTUNE)'),
]
