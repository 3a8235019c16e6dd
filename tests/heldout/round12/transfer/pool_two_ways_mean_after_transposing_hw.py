"""Right: swaps height and width before the layer (a mean does not care) and takes the plain mean with NumPy."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)\n    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_layer = keras.layers.GlobalAveragePooling2D()(np.transpose(feature_maps, (0, 2, 1, 3)))\n    by_mean = np.asarray(feature_maps).mean(axis=(1, 2))'),
]
