"""Right: builds VGG16 with positional arguments in its real order: include_top False, weights, input_tensor."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    (
        '    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))\n',
        '    base = keras.applications.VGG16(False, weights, keras.Input(shape=input_shape))\n',
    ),
]
