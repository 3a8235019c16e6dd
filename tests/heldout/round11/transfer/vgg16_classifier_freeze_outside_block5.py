"""Right: freezes the base by layer name, every layer outside block 5 (the input and blocks 1-4, and block5_pool, which has no weights)."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False',
     '    for layer in base.layers:\n        layer.trainable = layer.name.startswith("block5_conv")'),
]
