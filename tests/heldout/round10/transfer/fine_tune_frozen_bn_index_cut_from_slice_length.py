"""Right: sets every layer's flag in one loop, with the cut taken as len(base.layers[:fine_tune_at]) so negative values count from the end."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '    base_model.trainable = True\n    cut = len(base_model.layers[:fine_tune_at])\n    for index, layer in enumerate(base_model.layers):\n        layer.trainable = index >= cut and not isinstance(layer, keras.layers.BatchNormalization)'),
]
