"""Wrong: shuffling whole batches."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'shuffle before batch'
MUTATE = [('.shuffle(shuffle_buffer).batch(batch_size)', '.batch(batch_size).shuffle(shuffle_buffer)')]
