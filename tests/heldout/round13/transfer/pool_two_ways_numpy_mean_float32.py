"""Right: computes the plain mean with NumPy, np.mean over axes (1, 2) in float32, and the layer's result as a NumPy array."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.mean(np.asarray(feature_maps, dtype="float32"), axis=(1, 2), dtype="float32")'),
]
