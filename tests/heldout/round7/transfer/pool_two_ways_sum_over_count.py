"""Right: the plain mean as a sum over axes 1 and 2 divided by height * width."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     """    maps = np.asarray(feature_maps, dtype="float32")
    by_mean = maps.sum(axis=(1, 2)) / (maps.shape[1] * maps.shape[2])"""),
]
