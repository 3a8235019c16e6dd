"""Wrong: shuffles with a buffer of shuffle_buffer * batch_size (reading the buffer as counted in batches); breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('.shuffle(shuffle_buffer).batch(batch_size)',
     '.shuffle(shuffle_buffer * batch_size).batch(batch_size)'),
]
