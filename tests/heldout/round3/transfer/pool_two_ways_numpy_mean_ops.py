"""Right: The layer's output through keras.ops.convert_to_numpy, the mean with NumPy's mean over axes (1, 2)."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ('''    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])
    return np.asarray(by_layer), np.asarray(by_mean)''',
     '''    maps = np.asarray(feature_maps, dtype="float32")
    by_layer = keras.ops.convert_to_numpy(keras.layers.GlobalAveragePooling2D(data_format="channels_last")(maps))
    by_mean = maps.mean(axis=(1, 2))
    return by_layer, by_mean'''),
]
