"""Wrong: Prefetched before batching (cache, shuffle, prefetch, batch); breaks 'Four steps, and their order is part of the task ... 4. prefetch'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).prefetch(AUTOTUNE).batch(batch_size)'),
]
