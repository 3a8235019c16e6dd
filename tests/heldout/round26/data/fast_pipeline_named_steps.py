"""Right: the four steps in the required order, each given a name= for the tf.data graph (cache, then shuffle with shuffle_buffer and reshuffle_each_iteration=True, then batch keeping the remainder, then prefetch with tf.data.AUTOTUNE)."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    cached = dataset.cache(name="read_once")\n'
     '    mixed = cached.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True, name="mix")\n'
     '    batched = mixed.batch(batch_size, drop_remainder=False, name="group")\n'
     '    return batched.prefetch(buffer_size=tf.data.AUTOTUNE, name="ahead")'),
]
