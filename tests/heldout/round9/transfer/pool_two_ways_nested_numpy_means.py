"""Right: averages in NumPy over axis 1, then over axis 1 again (the former width axis, once height is gone)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    (
        '    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])\n',
        '    by_mean = np.mean(np.mean(feature_maps, axis=1), axis=1)\n',
    ),
]
