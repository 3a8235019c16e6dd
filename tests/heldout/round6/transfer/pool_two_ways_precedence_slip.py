"""Wrong: writes sum / height * width without parentheses, which multiplies by the width instead of dividing; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.sum(feature_maps, axis=(1, 2)) / feature_maps.shape[1] * feature_maps.shape[2]'),
]
