"""Wrong: Flattened the feature maps instead of pooling them; breaks 'a NumPy array (N, channels)'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     'features = keras.layers.Flatten()(base(images, training=False))'),
]
