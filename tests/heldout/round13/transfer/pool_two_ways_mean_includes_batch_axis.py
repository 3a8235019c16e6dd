"""Wrong: averages over axes (0, 1, 2), batch included, and broadcasts the result back to one row per input; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    means = tf.reduce_mean(feature_maps, axis=[0, 1, 2])\n    by_mean = tf.broadcast_to(means, (tf.shape(feature_maps)[0], tf.shape(feature_maps)[-1]))'),
]
