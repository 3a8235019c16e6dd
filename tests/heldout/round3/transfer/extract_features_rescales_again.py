"""Wrong: Divided the images by 255 before the base 'to be safe'; breaks 'images: float array ..., already scaled as the base expects' (the features are of other inputs)."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images / 255.0, training=False))
    return np.asarray(features)'''),
]
