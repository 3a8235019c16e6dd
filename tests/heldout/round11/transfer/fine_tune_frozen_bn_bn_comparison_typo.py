"""Wrong: freezes the layers before fine_tune_at but writes layer.trainable == False for the BatchNormalization layers, a comparison; breaks 'and besides, every BatchNormalization layer of the base frozen.'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '        if layer in frozen:\n            layer.trainable = False\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable == False'),
]
