"""Wrong: makes one BatchNormalization layer and uses it after both hidden layers, so the two places share one gamma, beta and one set of moving statistics; breaks 'gamma (scale) and beta (shift) are trainable; the moving mean and moving variance ... 2 + 2 weights per layer' (one layer, not two)."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
        '    norm = keras.layers.BatchNormalization()  # the same normalisation twice\n    return _binary(keras.layers.Dense(16),\n                   norm,\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   norm,\n                   keras.layers.Activation("relu"),\n',
    ),
]
