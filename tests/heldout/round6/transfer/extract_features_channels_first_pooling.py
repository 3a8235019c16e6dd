"""Wrong: pools with data_format='channels_first', which averages over the width and channel axes; breaks 'each of the base's feature maps averaged over its height and width ... (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.layers.GlobalAveragePooling2D(data_format="channels_first")(base(images, training=False))'),
]
