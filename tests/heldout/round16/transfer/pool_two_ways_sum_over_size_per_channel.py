"""Wrong: computed the mean as the sum over height and width divided by feature_maps.size / channels, which counts the positions of the whole batch (N * H * W), not of one map; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)' whenever N > 1."""

EXERCISE, VERDICT = 'transfer.pool_two_ways', 'wrong'

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    positions = np.size(feature_maps) / np.shape(feature_maps)[-1]\n    by_mean = tf.reduce_sum(feature_maps, axis=[1, 2]) / positions'),
]
