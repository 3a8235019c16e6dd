"""Right: builds VGG16 with input_shape= rather than an input tensor and freezes by index with enumerate."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))\n    for layer in base.layers[:15]:\n        layer.trainable = False',
     '    base = keras.applications.VGG16(include_top=False, weights=weights, input_shape=tuple(input_shape))\n    for index, layer in enumerate(base.layers):\n        if index < 15:\n            layer.trainable = False'),
]
