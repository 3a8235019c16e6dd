"""Wrong: Used tf.reduce_sum for the plain version; breaks 'the mean ... not the sum'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('tf.reduce_mean(feature_maps, axis=[1, 2])',
     'tf.reduce_sum(feature_maps, axis=[1, 2])'),
]
