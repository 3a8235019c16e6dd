"""Wrong: Averaged over axes 2 and 3 (width and channels); breaks 'over its height (axis 1) and its width (axis 2)', (N, channels)."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('tf.reduce_mean(feature_maps, axis=[1, 2])',
     'tf.reduce_mean(feature_maps, axis=[2, 3])'),
]
