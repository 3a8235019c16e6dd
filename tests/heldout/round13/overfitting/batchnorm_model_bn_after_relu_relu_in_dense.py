"""Right: places each BatchNormalization after a Dense(16, activation="relu") (after the relu, which the docstring allows)."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),'),
]
