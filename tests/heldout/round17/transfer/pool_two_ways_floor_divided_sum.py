"""Wrong: computes the plain mean as the sum over axes 1 and 2 floor-divided (//) by height * width, which floors every float mean; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    height, width = feature_maps.shape[1:3]\n    by_mean = np.sum(feature_maps, axis=(1, 2)) // (height * width)'),
]
