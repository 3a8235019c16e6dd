"""Wrong: reuses the shuffle buffer's size for prefetch, prefetch(shuffle_buffer), instead of letting tf.data tune it; breaks 'prefetch, the buffer size left to tf.data to tune'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('.batch(batch_size).prefetch(AUTOTUNE)',
     '.batch(batch_size).prefetch(shuffle_buffer)'),
]
