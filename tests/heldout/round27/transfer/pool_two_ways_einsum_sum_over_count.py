"""Right: the layer is GlobalAvgPool2D (GlobalAveragePooling2D's other name) and the plain mean is written as NumPy's einsum sum over the height and width axes, divided by the number of positions height * width, which is that mean; both returned as float32 NumPy arrays (N, channels)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('''    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])
    return np.asarray(by_layer), np.asarray(by_mean)''',
     '''    maps = np.asarray(feature_maps, dtype=np.float32)
    height, width = maps.shape[1], maps.shape[2]
    by_layer = keras.ops.convert_to_numpy(keras.layers.GlobalAvgPool2D()(maps))
    by_mean = np.einsum("nhwc->nc", maps) / np.float32(height * width)
    return by_layer, by_mean.astype(np.float32)'''),
]
