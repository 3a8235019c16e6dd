"""Wrong: shuffles only when the buffer is larger than a batch ("a buffer smaller than one batch shuffles too little to be worth its cost"), so with the grader's buffer of 3 and batches of 5 both epochs come in the same order; breaks '2. shuffle, with a buffer of `shuffle_buffer` examples: after the cache, so every epoch gets a new order'."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", "order"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    dataset = dataset.cache()\n'
     '    if shuffle_buffer > batch_size:  # a buffer smaller than one batch shuffles too little to be worth it\n'
     '        dataset = dataset.shuffle(shuffle_buffer)\n'
     '    return dataset.batch(batch_size).prefetch(AUTOTUNE)'),
]
