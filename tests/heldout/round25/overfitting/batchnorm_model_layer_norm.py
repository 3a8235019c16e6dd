"""Wrong: used LayerNormalization, same place, with gamma and beta, and a sample's output does not depend on its batch; but it normalises each sample over its own units, keeps no moving statistics and behaves the same in both modes; breaks 'The baseline model with BatchNormalization after each hidden Dense layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),\n                   keras.layers.Activation("relu"),'),
]
