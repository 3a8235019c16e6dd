"""Wrong: declares the input as uint8 ("images are bytes"), so a pixel of 127.5 arrives as 127 and reaches the base as -0.004; breaks 'checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('''    inputs = keras.Input(shape=tuple(image_shape) + (3,))
''',
     '''    inputs = keras.Input(shape=tuple(image_shape) + (3,), dtype="uint8")
'''),
]
