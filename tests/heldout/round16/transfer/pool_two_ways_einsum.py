"""Right: computes the plain mean with np.einsum("nhwc->nc", maps) divided by height * width."""

EXERCISE, VERDICT = 'transfer.pool_two_ways', 'done'

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    maps = np.asarray(feature_maps, dtype="float32")\n    by_mean = np.einsum("nhwc->nc", maps) / (maps.shape[1] * maps.shape[2])'),
]
