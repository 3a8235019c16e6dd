"""Wrong: 224x224 written in, whatever image_size says."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'image_size'
MUTATE = [
    ('inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")', 'inputs = keras.Input(shape=(224, 224, 3), name="input_layer")'),
]
