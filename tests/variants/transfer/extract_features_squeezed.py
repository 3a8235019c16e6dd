"""Wrong: np.squeeze on the pooled features 'to drop the extra axis', which turns a single image's (1, channels) into (channels,); breaks 'Returns: a NumPy array (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
SAYS = '1 image'
MUTATE = [
    ("""    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)""",
     """    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.squeeze(np.asarray(features))"""),
]
