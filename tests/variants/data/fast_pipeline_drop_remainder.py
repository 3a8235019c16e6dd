"""Wrong: the smaller last batch is dropped."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", '.batch(batch_size)'
MUTATE = [('.batch(batch_size).prefetch(AUTOTUNE)\n', '.batch(batch_size, drop_remainder=True).prefetch(AUTOTUNE)\n')]
