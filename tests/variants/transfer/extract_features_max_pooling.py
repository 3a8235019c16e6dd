"""Wrong: max pooling where the average is asked for."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", 'averaged'
MUTATE = [
    ('keras.layers.GlobalAveragePooling2D()(base(images, training=False))', 'keras.layers.GlobalMaxPooling2D()(base(images, training=False))'),
]
