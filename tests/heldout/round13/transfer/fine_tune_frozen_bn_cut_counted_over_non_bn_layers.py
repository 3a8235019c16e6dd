"""Wrong: drops the BatchNormalization layers from the list first and then cuts that shorter list at fine_tune_at, so the cut falls later in the base; breaks 'layers from fine_tune_at on
    trainable, those before frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '    others = [layer for layer in base_model.layers if not isinstance(layer, keras.layers.BatchNormalization)]\n    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n    for layer in others[:fine_tune_at]:\n        layer.trainable = False'),
]
