"""Wrong: builds keras.applications.MobileNetV3Small as the base (another network, with its own rescaling inside); breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV3Small(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)'),
]
