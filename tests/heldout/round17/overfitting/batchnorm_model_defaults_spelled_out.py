"""Right: spells out BatchNormalization's defaults, axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True, in both places."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True),'),
]
