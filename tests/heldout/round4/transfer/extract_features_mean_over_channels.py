"""Wrong: Averaged the base's output over its channel axis (axis=-1) instead of height and width; breaks 'each of the base's feature maps averaged over its height and width (global average pooling), (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ("""    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)""",
     """    base.trainable = False
    maps = base(images, training=False)
    return np.asarray(tf.reduce_mean(maps, axis=-1))"""),
]
