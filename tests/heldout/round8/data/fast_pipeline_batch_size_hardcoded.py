"""Wrong: batches by 32 whatever batch_size says; breaks '3. batch, `batch_size` examples'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    (
        '.batch(batch_size).prefetch(AUTOTUNE)',
        '.batch(32).prefetch(AUTOTUNE)',
    ),
]
