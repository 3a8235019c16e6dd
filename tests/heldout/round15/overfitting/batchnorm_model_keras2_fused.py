"""Wrong: Keras 2 habit BatchNormalization(fused=True) for the fast fused kernel, an argument Keras 3 rejects (ValueError: Unrecognized keyword arguments); breaks 'The baseline model with BatchNormalization after each hidden Dense layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(fused=True),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(fused=True),\n                   keras.layers.Activation("relu"),\n'),
]
