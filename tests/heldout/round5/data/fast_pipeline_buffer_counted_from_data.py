"""Wrong: Sized the shuffle buffer by counting the data, shuffle(len(list(dataset))), which reads every example an extra time and ignores shuffle_buffer; breaks 'shuffle, with a buffer of `shuffle_buffer` examples' and the slow reads cache was for."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.cache().shuffle(len(list(dataset))).batch(batch_size).prefetch(AUTOTUNE)'),
]
