"""Right: unfreezes the base, freezes the slice before fine_tune_at, then freezes every BatchNormalization in a second loop."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False'),
]
