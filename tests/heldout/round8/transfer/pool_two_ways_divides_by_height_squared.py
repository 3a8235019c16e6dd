"""Wrong: sums each map and divides by shape[1] * shape[1] (height twice), which is the count of values only for square maps; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    (
        '    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
        '    maps = np.asarray(feature_maps)\n    by_mean = maps.sum(axis=(1, 2)) / (maps.shape[1] * maps.shape[1])',
    ),
]
