"""Wrong: Froze the base only for the call and set trainable back to True afterwards ('leave it as found'); breaks 'Afterwards the base is frozen: no trainable variable left'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    base.trainable = True
    return np.asarray(features)'''),
]
