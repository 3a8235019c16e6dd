"""Wrong: the model's input is keras.Input(shape=(None, None, 3)) 'to take any image', while the base is built for image_shape; breaks 'an input of image_shape + (3,) images'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    inputs = keras.Input(shape=tuple(image_shape) + (3,))\n',
     '    inputs = keras.Input(shape=(None, None, 3))\n'),
]
