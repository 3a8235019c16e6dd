"""Wrong: the mean over the height only."""
EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "wrong", "by_mean shape"
MUTATE = [("tf.reduce_mean(feature_maps, axis=[1, 2])", "tf.reduce_mean(feature_maps, axis=1)")]
