"""Wrong: caps the buffer at len(dataset), which raises TypeError for a source of unknown length (a generator, a filtered dataset); breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('dataset.cache().shuffle(shuffle_buffer)',
     'dataset.cache().shuffle(min(shuffle_buffer, len(dataset)))'),
]
