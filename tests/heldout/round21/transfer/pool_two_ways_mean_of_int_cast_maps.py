"""Wrong: casts the maps to int32 before tf.reduce_mean, so the plain mean is truncated to whole numbers; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     'by_mean = tf.reduce_mean(tf.cast(feature_maps, tf.int32), axis=[1, 2])'),
]
