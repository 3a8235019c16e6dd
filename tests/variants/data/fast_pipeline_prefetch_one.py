"""Wrong: a fixed prefetch buffer of 1."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'AUTOTUNE'
MUTATE = [('.batch(batch_size).prefetch(AUTOTUNE)\n', '.batch(batch_size).prefetch(1)\n')]
