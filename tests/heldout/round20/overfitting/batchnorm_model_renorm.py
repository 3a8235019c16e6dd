"""Wrong: uses batch renormalisation (renorm=True, 'better for small batches'), which adds renorm statistics to each layer; breaks 'gamma (scale) and beta (shift) are trainable; the moving mean and moving variance ... 2 + 2 weights per layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(renorm=True),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(renorm=True),\n'),
]
