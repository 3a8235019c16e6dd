"""Wrong: caps the buffer at len(dataset), which raises TypeError for a source of unknown length (a generator, a filtered dataset); breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""
EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", 'length is unknown'

MUTATE = [
    ('dataset.cache().shuffle(shuffle_buffer)',
     'dataset.cache().shuffle(min(shuffle_buffer, len(dataset)))'),
]
