"""Wrong: shuffles with max(shuffle_buffer, batch_size), reasoning that the buffer must hold a whole batch, so a buffer of 3 with batches of 5 becomes 5; breaks 'shuffle, with a buffer of shuffle_buffer examples'."""

EXERCISE, VERDICT = 'data.fast_pipeline', 'wrong'

MUTATE = [
    ('dataset.cache().shuffle(shuffle_buffer)',
     'dataset.cache().shuffle(max(shuffle_buffer, batch_size))'),
]
