"""Wrong: builds the base for (width, height, 3), swapping the axes: right for square images only; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV2(input_shape=(image_shape[1], image_shape[0], 3), include_top=False,\n                                          weights=weights)'),
]
