"""Wrong: widens the hidden layers to 32 units; breaks 'The baseline model with BatchNormalization after each hidden Dense layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.Dense(32),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(32),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),'),
]
