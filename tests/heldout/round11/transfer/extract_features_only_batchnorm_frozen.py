"""Wrong: freezes only the base's BatchNormalization layers (reading "frozen" as "inference mode"), leaving the convolutions trainable; breaks 'Afterwards the base is frozen: no trainable variable left.'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    for layer in base.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)'),
]
