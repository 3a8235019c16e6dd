"""Right: counts the base's layers from 1 with enumerate(base.layers, start=1) and sets trainable = number > 15: the first 15 frozen, the rest trainable."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)',
     '    for number, layer in enumerate(base.layers, start=1):\n        layer.trainable = number > 15\n    x = keras.layers.Flatten()(base.output)'),
]
