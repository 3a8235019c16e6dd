"""Wrong: Averaged the maps over axis 1 only, leaving the width axis; breaks 'each of the base's feature maps averaged over its height and width ... (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.ops.mean(base(images, training=False), axis=1)'),
]
