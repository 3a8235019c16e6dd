"""Wrong: Added .repeat() so fit never runs out; breaks 'one pass per epoch (no repeat)'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).repeat().prefetch(AUTOTUNE)'),
]
