"""Wrong: takes the plain mean with keras.backend.mean, which Keras 3's keras.backend no longer has; breaks 'a plain mean over the height and width axes give the same numbers'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = keras.backend.mean(feature_maps, axis=[1, 2])'),
]
