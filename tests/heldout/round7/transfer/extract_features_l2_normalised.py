"""Wrong: L2-normalises each feature vector, as retrieval tutorials do; breaks 'each of the base's feature maps averaged over its height and width (global average pooling)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ("""    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)""",
     """    features = np.asarray(keras.layers.GlobalAveragePooling2D()(base(images, training=False)))
    return features / np.linalg.norm(features, axis=1, keepdims=True)"""),
]
