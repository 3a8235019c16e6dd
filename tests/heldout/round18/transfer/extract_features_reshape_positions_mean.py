"""Right: the base's maps in inference mode as NumPy, reshaped to (N, h*w, c) and averaged over the positions."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

MUTATE = [
    ('''    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)
''',
     '''    maps = np.asarray(base(images, training=False))
    return maps.reshape(len(maps), -1, maps.shape[-1]).mean(axis=1)
'''),
]
