"""Wrong: the model's input written for 160x160, whatever image_shape says."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'image_shape + (3,)'
MUTATE = [
    ('inputs = keras.Input(shape=tuple(image_shape) + (3,))', 'inputs = keras.Input(shape=(160, 160, 3))'),
]
