"""Right: computes the plain mean with np.average over axes (1, 2)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.average(np.asarray(feature_maps), axis=(1, 2))'),
]
