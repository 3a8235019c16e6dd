"""Right: a seeded shuffle that still reshuffles every iteration, every keyword spelled out."""
EXERCISE, VERDICT = "data.fast_pipeline", "done"
MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '''    return (dataset.cache()
            .shuffle(buffer_size=shuffle_buffer, seed=1, reshuffle_each_iteration=True)
            .batch(batch_size, drop_remainder=False)
            .prefetch(buffer_size=tf.data.AUTOTUNE))'''),
]
