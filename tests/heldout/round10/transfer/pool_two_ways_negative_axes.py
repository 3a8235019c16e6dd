"""Right: takes the mean with np.mean over the negative axes (-3, -2) and names the layer's data format."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)\n    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_layer = keras.layers.GlobalAveragePooling2D(data_format="channels_last")(feature_maps)\n    by_mean = np.mean(np.asarray(feature_maps), axis=(-3, -2))'),
]
