"""Right: sets every base layer's flag in one expression, trainable = not (frozen or a BatchNormalization), instead of freezing the two kinds in an if; the same flags."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n',
     '    for layer in base_model.layers:\n        layer.trainable = not (layer in frozen or isinstance(layer, keras.layers.BatchNormalization))\n'),
]
