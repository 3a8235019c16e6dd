"""Wrong: Pooled with GlobalMaxPooling2D; breaks 'averaged over its height and width (global average pooling)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     'features = keras.layers.GlobalMaxPooling2D()(base(images, training=False))'),
]
