"""Wrong: Averaged over axes (0, 1), the batch and the height; breaks 'averaged over its height and width ... (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.ops.mean(base(images, training=False), axis=(0, 1))'),
]
