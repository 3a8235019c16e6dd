"""Right: Freezes the base, runs base.predict (inference mode) and averages the maps with NumPy over axes 1 and 2."""
EXERCISE, VERDICT = "transfer.extract_features", "done"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    base.trainable = False
    maps = base.predict(images, verbose=0)
    return np.mean(maps, axis=(1, 2))'''),
]
