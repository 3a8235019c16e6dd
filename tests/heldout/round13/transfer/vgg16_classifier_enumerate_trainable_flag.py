"""Right: sets each base layer's trainable flag from its index, layer.trainable = index >= 15, and builds the model with keyword inputs/outputs."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False',
     '    for index, layer in enumerate(base.layers):\n        layer.trainable = index >= 15'),
]
