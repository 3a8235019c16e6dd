"""Wrong: Used AveragePooling2D() (2x2 windows) as the pooling layer, which gives smaller maps, not one number per map; breaks 'the pooling layer's result ... a NumPy array (N, channels), the mean of each map over its height and its width'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ("""    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])""",
     """    by_layer = keras.layers.AveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])"""),
]
