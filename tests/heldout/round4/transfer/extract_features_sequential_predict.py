"""Right: Freezes the base, stacks it with a GlobalAveragePooling2D in a Sequential and calls predict(), which runs in inference mode and returns NumPy."""
EXERCISE, VERDICT = "transfer.extract_features", "done"
MUTATE = [
    ("""    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)""",
     """    base.trainable = False
    extractor = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()])
    return extractor.predict(images, verbose=0)"""),
]
