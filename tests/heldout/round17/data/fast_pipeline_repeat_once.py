"""Right: adds .repeat(1) after the cache 'to be explicit'; one repeat is still one pass per epoch, and the order cache, shuffle, batch, prefetch holds."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer)',
     'return dataset.cache().repeat(1).shuffle(shuffle_buffer)'),
]
