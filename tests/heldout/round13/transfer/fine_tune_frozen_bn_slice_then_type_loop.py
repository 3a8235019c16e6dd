"""Right: freezes the slice before the cut, then freezes every BatchNormalization of the base in a second loop, and recompiles with a tenth of the rate."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False'),
]
