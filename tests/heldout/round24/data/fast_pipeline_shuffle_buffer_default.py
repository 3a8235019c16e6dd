"""Wrong: the learner typed the docstring's default buffer, shuffle(1000), instead of passing the argument, believing a bigger buffer only shuffles better; a call with shuffle_buffer=3 still shuffles over the whole data, which breaks 'shuffle, with a buffer of `shuffle_buffer` examples'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(1000).batch(batch_size).prefetch(AUTOTUNE)'),
]
