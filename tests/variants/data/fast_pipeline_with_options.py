"""Right: the same cache, shuffle, batch, prefetch chain, with tf.data.Options (autotune enabled, parallel map optimisation) attached by with_options; the options change no element and no order rule."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "done", ''

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    options = tf.data.Options()\n    options.autotune.enabled = True\n    options.experimental_optimization.map_parallelization = True\n    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE).with_options(options)'),
]
