"""Wrong: pools by summing each map over height and width and dividing by the number of channels (mixing up which count divides); breaks 'each of the base's feature maps averaged over its height and width (global average pooling)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    maps = base(images, training=False)\n    features = tf.reduce_sum(maps, axis=[1, 2]) / maps.shape[-1]\n    return np.asarray(features)'),
]
