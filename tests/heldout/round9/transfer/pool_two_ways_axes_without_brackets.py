"""Wrong: writes tf.reduce_mean(feature_maps, 1, 2), meaning axes 1 and 2; the third positional parameter is keepdims, so it averages over the height only and keeps that axis; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    (
        '    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])\n',
        '    by_mean = tf.reduce_mean(feature_maps, 1, 2)\n',
    ),
]
