"""Right: writes cache("") (the empty file name, which means memory) and names the shuffle and prefetch buffers by keyword."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    cached = dataset.cache("")\n    shuffled = cached.shuffle(buffer_size=shuffle_buffer)\n    return shuffled.batch(batch_size).prefetch(buffer_size=tf.data.AUTOTUNE)'),
]
