"""Wrong: Froze the BatchNormalization layers first, then set base_model.trainable = True, which unfreezes them again; breaks 'every BatchNormalization layer of the base frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n',
     '    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n'),
]
