"""Wrong: reshapes the (N, h, w, c) maps to (N, c, h*w) (a channels-first habit) and averages the last axis, mixing positions and channels; breaks 'each of the base's feature maps averaged over its height and width'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('''    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)
''',
     '''    maps = np.asarray(base(images, training=False))
    return maps.reshape(len(maps), maps.shape[-1], -1).mean(axis=-1)
'''),
]
