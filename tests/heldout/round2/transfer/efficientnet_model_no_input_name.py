"""Wrong: Left the Input unnamed; breaks 'an input ... named "input_layer"'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")',
     'inputs = keras.Input(shape=tuple(image_size) + (3,))'),
]
