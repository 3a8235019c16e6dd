"""Wrong: means over axis=list(range(1, 2)), meaning axes 1 and 2 but stopping before 2, so only the height is averaged; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ("    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])", "    by_mean = tf.reduce_mean(feature_maps, axis=list(range(1, 2)))  # height and width"),
]
