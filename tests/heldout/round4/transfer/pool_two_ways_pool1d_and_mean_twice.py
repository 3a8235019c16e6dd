"""Right: Pools with GlobalAveragePooling1D over the maps reshaped to (N, height*width, channels), and means over axis 1 twice (height, then what was width)."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ("""    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])""",
     """    n, height, width, channels = feature_maps.shape
    flat = np.reshape(feature_maps, (n, height * width, channels))
    by_layer = keras.layers.GlobalAveragePooling1D()(flat)
    by_mean = tf.reduce_mean(tf.reduce_mean(feature_maps, axis=1), axis=1)"""),
]
