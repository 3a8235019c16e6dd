"""Wrong: builds input and base square, image_shape[0] on both sides; breaks 'an input of image_shape + (3,) images'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('''    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)
''',
     '''    side = image_shape[0]
    base = keras.applications.MobileNetV2(input_shape=(side, side, 3), include_top=False, weights=weights)
'''),
    ('''    inputs = keras.Input(shape=tuple(image_shape) + (3,))
''',
     '''    inputs = keras.Input(shape=(side, side, 3))
'''),
]
