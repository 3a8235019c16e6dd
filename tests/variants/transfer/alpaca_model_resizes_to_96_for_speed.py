"""Wrong: adds a Resizing layer to 96x96 and builds MobileNetV2 for 96x96 inputs whatever the image size, to train faster; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "base input shape"

MUTATE = [
    ('BASES = {',
     'FAST_SHAPE = (96, 96, 3)  # MobileNetV2 is about 3x cheaper at 96x96 than at 160x160\n\nBASES = {'),
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV2(input_shape=FAST_SHAPE, include_top=False, weights=weights)'),
    ('    x = keras.applications.mobilenet_v2.preprocess_input(x)',
     '    x = keras.applications.mobilenet_v2.preprocess_input(x)\n'
     '    x = keras.layers.Resizing(*FAST_SHAPE[:2])(x)'),
]
