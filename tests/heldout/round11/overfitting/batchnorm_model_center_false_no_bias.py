"""Wrong: drops the Dense biases (use_bias=False) and the BatchNormalization shift too (center=False): no beta, and nothing left to shift; breaks 'gamma (scale) and beta (shift) are trainable; the moving mean and moving variance are not trained but tracked: 2 + 2 weights per layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n',
     '    return _binary(keras.layers.Dense(16, use_bias=False),\n                   keras.layers.BatchNormalization(center=False),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16, use_bias=False),\n                   keras.layers.BatchNormalization(center=False),\n'),
]
