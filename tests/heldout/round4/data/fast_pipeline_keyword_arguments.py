"""Right: The same four steps with every argument by keyword: reshuffle_each_iteration=True, drop_remainder=False and buffer_size=tf.data.AUTOTUNE."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     """    dataset = dataset.cache()
    dataset = dataset.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    dataset = dataset.batch(batch_size, drop_remainder=False)
    return dataset.prefetch(buffer_size=tf.data.AUTOTUNE)"""),
]
