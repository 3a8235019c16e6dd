"""Wrong: Called the base with training=True, so its Dropout/BatchNorm run in training mode; breaks 'run as it does at inference'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     'features = keras.layers.GlobalAveragePooling2D()(base(images, training=True))'),
]
