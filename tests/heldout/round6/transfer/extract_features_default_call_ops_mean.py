"""Right: freezes the base, calls it without a training argument (inference outside fit) and averages with keras.ops.mean over axes 1 and 2."""
EXERCISE, VERDICT = "transfer.extract_features", "done"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    base.trainable = False
    maps = base(images)  # outside fit() a call runs in inference mode
    return keras.ops.convert_to_numpy(keras.ops.mean(maps, axis=(1, 2)))'''),
]
