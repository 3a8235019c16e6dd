"""Wrong: pools with keepdims=True and squeezes the result, which also drops a channel axis of size 1 (and a batch of one); breaks 'each a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)\n    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_layer = np.squeeze(keras.layers.GlobalAveragePooling2D(keepdims=True)(feature_maps))\n    by_mean = np.squeeze(tf.reduce_mean(feature_maps, axis=[1, 2], keepdims=True))'),
]
