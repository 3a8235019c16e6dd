"""Right: freezes the base, runs it with predict_on_batch (inference mode) and averages the maps with NumPy over axes 1 and 2."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    base.trainable = False\n    maps = base.predict_on_batch(images)\n    return np.asarray(maps).mean(axis=(1, 2))'),
]
