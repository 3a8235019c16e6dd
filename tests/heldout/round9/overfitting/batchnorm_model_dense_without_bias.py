"""Right: gives the two hidden Dense layers use_bias=False, since the BatchNormalization right after them has its own shift (beta); the placement and the BatchNormalization weights are the same."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
        '    return _binary(keras.layers.Dense(16, use_bias=False),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16, use_bias=False),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
    ),
]
