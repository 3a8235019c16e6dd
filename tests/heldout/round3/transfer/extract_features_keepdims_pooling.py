"""Wrong: Pooled with GlobalAveragePooling2D(keepdims=True), giving (N, 1, 1, channels); breaks 'Returns: a NumPy array (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D(keepdims=True)(base(images, training=False))
    return np.asarray(features)'''),
]
