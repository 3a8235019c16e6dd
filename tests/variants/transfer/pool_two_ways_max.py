"""Wrong: the largest value of each map, not the mean."""
EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "wrong", "by_mean of image"
MUTATE = [("tf.reduce_mean(feature_maps, axis=[1, 2])", "tf.reduce_max(feature_maps, axis=[1, 2])")]
