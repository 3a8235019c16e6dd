"""Right: freezes the first 14 layers, through block4_conv3; the 15th, block4_pool, has no weights, so the same 10 variables train."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False',
     '    for index, layer in enumerate(base.layers):\n        if index < 14:\n            layer.trainable = False'),
]
