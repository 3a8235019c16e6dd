"""Wrong: the plain mean is the sum over height and width divided by height * width - 1 (a sample-statistics habit); breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])\n',
     '    count = feature_maps.shape[1] * feature_maps.shape[2] - 1\n    by_mean = tf.reduce_sum(feature_maps, axis=[1, 2]) / count\n'),
]
