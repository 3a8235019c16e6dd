"""Right: puts the first BatchNormalization between its Dense and relu and the second after its layer's relu (Dense(16, activation="relu")): both placements the docstring allows, one per hidden layer, none after the output."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n'),
]
