"""Wrong: Returned the base's feature maps as they come, (N, h, w, channels), without the pooling; breaks 'Returns: a NumPy array (N, channels): each of the base's feature maps averaged over its height and width'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ("""    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)""",
     """    base.trainable = False
    return np.asarray(base(images, training=False))"""),
]
