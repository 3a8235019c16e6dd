"""Wrong: reshapes the mean to note 001's example output (1, channels) with tf.reshape(..., (1, -1)), which folds a batch into one row; breaks 'each a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     'by_mean = tf.reshape(tf.reduce_mean(feature_maps, axis=[1, 2]), (1, -1))  # note 001: (1, 4, 4, 3) -> (1, 3)'),
]
