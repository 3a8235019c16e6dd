"""Wrong: copies the tutorial's cache().shuffle(1000).prefetch(AUTOTUNE), written for data that is already batched, so it never batches; breaks 'batch, `batch_size` examples: after the shuffle'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().shuffle(shuffle_buffer).prefetch(buffer_size=AUTOTUNE)'),
]
