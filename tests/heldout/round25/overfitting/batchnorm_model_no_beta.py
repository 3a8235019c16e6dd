"""Wrong: built BatchNormalization(center=False), reasoning that the next Dense's bias shifts anyway; it normalises in both modes, but without beta each layer has 1 + 2 weights; breaks 'gamma (scale) and beta (shift) are trainable ... 2 + 2 weights per layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(center=False),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(center=False),\n                   keras.layers.Activation("relu"),'),
]
