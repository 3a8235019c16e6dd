"""Wrong: takes the median of each map ('the middle value'); breaks 'The mean, that is: not the largest value ... and not the sum' (a tall corner value moves the mean, not the median)."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.median(feature_maps, axis=(1, 2))  # the middle value of each map'),
]
