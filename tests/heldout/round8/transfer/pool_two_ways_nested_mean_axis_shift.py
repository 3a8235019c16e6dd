"""Wrong: averages over axis 1 and then over axis 2 of the result, which after the first mean is the channel axis; breaks 'each a NumPy array (N, channels), the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    (
        '    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
        '    by_mean = tf.reduce_mean(tf.reduce_mean(feature_maps, axis=1), axis=2)',
    ),
]
