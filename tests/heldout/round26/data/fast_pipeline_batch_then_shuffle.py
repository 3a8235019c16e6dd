"""Wrong: the learner batched right after the cache so that the shuffle buffer of 3 'holds 3 batches' and shuffles more, and saw every epoch come in a new order; the shuffle only moves whole batches around, so every batch always holds the same neighbouring examples; breaks '3. batch, `batch_size` examples: after the shuffle, since shuffling batches only moves whole blocks of neighbours around'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    return dataset.cache().batch(batch_size).shuffle(shuffle_buffer).prefetch(AUTOTUNE)'),
]
