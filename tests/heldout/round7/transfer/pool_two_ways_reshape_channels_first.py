"""Wrong: reshapes the maps to (N, channels, height * width) as for PyTorch's channels-first layout, which mixes values of different channels before the mean; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     """    maps = np.asarray(feature_maps)
    n, height, width, channels = maps.shape
    by_mean = maps.reshape(n, channels, height * width).mean(axis=-1)"""),
]
