"""Right: padded_batch (no padding needed for fixed shapes) with keyword arguments, in the same order."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     """    dataset = dataset.cache()
    dataset = dataset.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    dataset = dataset.padded_batch(batch_size, drop_remainder=False)
    return dataset.prefetch(buffer_size=tf.data.AUTOTUNE)"""),
]
