"""Right: The plain mean with keras.ops.mean over axes (1, 2), converted with np.array."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "done"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = keras.ops.mean(keras.ops.convert_to_tensor(feature_maps), axis=(1, 2))'),
    ('return np.asarray(by_layer), np.asarray(by_mean)',
     'return np.array(by_layer), np.array(by_mean)'),
]
