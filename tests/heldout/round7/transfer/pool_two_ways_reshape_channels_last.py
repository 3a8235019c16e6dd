"""Right: the plain mean as a reshape to (N, height * width, channels) and a mean over axis 1."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     """    maps = np.asarray(feature_maps)
    by_mean = maps.reshape(maps.shape[0], -1, maps.shape[-1]).mean(axis=1)"""),
]
