"""Right: extracts first, as note 000 does (base called with training=False, then a plain mean over height and width), and freezes the base afterwards."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    maps = base(images, training=False)\n    features = keras.ops.convert_to_numpy(keras.ops.mean(maps, axis=(1, 2)))\n    base.trainable = False\n    return features'),
]
