"""Right: builds MobileNetV2 with positional arguments in its real order: input shape, alpha 1.0, include_top False, weights."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    (
        '    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)\n',
        '    base = keras.applications.MobileNetV2(tuple(image_shape) + (3,), 1.0, False, weights)\n',
    ),
]
