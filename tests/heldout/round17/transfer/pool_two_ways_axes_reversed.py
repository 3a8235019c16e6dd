"""Right: takes the plain mean with np.mean over axis=(2, 1), the same two axes named in the other order."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.mean(feature_maps, axis=(2, 1))'),
]
