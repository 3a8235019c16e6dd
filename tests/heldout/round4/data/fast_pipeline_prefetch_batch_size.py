"""Wrong: Prefetched batch_size batches (prefetch(batch_size)) instead of letting tf.data tune it; breaks 'prefetch, the buffer size left to tf.data to tune'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(batch_size)'),
]
