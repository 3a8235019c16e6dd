"""Right: the layer inside a one-layer Sequential run with predict, and the mean as a mean over height then over width."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ('''    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])
    return np.asarray(by_layer), np.asarray(by_mean)''',
     '''    pooling = keras.Sequential([keras.layers.GlobalAveragePooling2D()])
    by_layer = pooling.predict(np.asarray(feature_maps, dtype="float32"), verbose=0)
    by_mean = np.asarray(feature_maps, dtype="float32").mean(axis=1).mean(axis=1)
    return by_layer, by_mean'''),
]
