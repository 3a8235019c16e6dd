"""Wrong: marks the BatchNormalization layers' moving_mean and moving_variance variables non-trainable (they already are) instead of freezing the layers, so the layers stay trainable and normalise with each batch; breaks 'every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    (
        '        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n',
        '        if layer in frozen:\n            layer.trainable = False\n        elif isinstance(layer, keras.layers.BatchNormalization):\n            layer.moving_mean.trainable = False  # the statistics must not move\n            layer.moving_variance.trainable = False\n',
    ),
]
