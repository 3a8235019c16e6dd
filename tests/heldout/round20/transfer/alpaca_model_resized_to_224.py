"""Wrong: builds MobileNetV2 for 224x224 (where ImageNet weights were trained) and resizes images to 224 in front of it; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV2(input_shape=(224, 224, 3), include_top=False, weights=weights)'),
    ('    x = base(x, training=False)\n',
     '    x = keras.layers.Resizing(224, 224)(x)  # the ImageNet weights were trained at 224x224\n    x = base(x, training=False)\n'),
]
