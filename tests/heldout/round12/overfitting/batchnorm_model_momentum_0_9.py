"""Right: gives both BatchNormalization layers a momentum of 0.9 (a setting the contract leaves open)."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(momentum=0.9),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(momentum=0.9),\n                   keras.layers.Activation("relu"),'),
]
