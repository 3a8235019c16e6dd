"""Wrong: Built MobileNetV2 without input_shape (it accepts any size anyway); breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV2(include_top=False, weights=weights)'),
]
