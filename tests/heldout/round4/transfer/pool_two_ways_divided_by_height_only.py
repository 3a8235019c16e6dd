"""Wrong: Computed the plain mean as the sum over height and width divided by the height only; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ("""    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])""",
     """    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_sum(feature_maps, axis=[1, 2]) / feature_maps.shape[1]"""),
]
