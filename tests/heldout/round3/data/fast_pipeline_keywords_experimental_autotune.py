"""Right: The same four steps with keywords (buffer_size=, reshuffle_each_iteration=True, drop_remainder=False) and the older spelling tf.data.experimental.AUTOTUNE."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '''    dataset = dataset.cache()
    dataset = dataset.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    dataset = dataset.batch(batch_size, drop_remainder=False)
    return dataset.prefetch(buffer_size=tf.data.experimental.AUTOTUNE)'''),
]
