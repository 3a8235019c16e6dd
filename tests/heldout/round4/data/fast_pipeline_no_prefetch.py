"""Wrong: Stopped after batch(), with no prefetch step; breaks '4. prefetch, the buffer size left to tf.data to tune'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size)'),
]
