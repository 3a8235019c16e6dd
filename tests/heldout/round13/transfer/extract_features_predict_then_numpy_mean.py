"""Right: freezes the base, runs base.predict (inference mode) and averages the maps over axes 1 and 2 with NumPy."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    maps = base.predict(np.asarray(images), verbose=0)\n    return np.asarray(maps).mean(axis=(1, 2))'),
]
