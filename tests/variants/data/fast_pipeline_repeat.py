"""Wrong: .repeat() makes the dataset endless; fit's epochs do the repeating."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'repeat'
MUTATE = [('.batch(batch_size).prefetch(AUTOTUNE)\n', '.batch(batch_size).repeat().prefetch(AUTOTUNE)\n')]
