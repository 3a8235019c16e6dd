"""Wrong: shuffles with a buffer as big as the whole dataset (its cardinality), for a perfect shuffle, ignoring shuffle_buffer; breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer)',
     'dataset = dataset.cache()\n    return dataset.shuffle(dataset.cardinality())'),
]
