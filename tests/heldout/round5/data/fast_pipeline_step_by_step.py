"""Right: The same four steps one per line, with reshuffle_each_iteration=True and drop_remainder=False spelt out and tf.data.AUTOTUNE."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'dataset = dataset.cache()\n    dataset = dataset.shuffle(shuffle_buffer, reshuffle_each_iteration=True)\n    dataset = dataset.batch(batch_size, drop_remainder=False)\n    return dataset.prefetch(tf.data.AUTOTUNE)'),
]
