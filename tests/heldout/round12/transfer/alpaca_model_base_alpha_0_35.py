"""Wrong: builds the small MobileNetV2 (alpha=0.35), another network with other weights; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument, frozen, and called in inference mode'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     'base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), alpha=0.35, include_top=False,\n                                         weights=weights)'),
]
