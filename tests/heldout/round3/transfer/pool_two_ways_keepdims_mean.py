"""Wrong: Took the plain mean with keepdims=True, (N, 1, 1, channels); breaks 'each a NumPy array (N, channels)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2], keepdims=True)'),
]
