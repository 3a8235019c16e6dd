"""Wrong: zero-initialises the last BatchNormalization's gamma (ResNet's trick), so the untrained model's output ignores its input and its batch; breaks 'while training it normalises with the statistics of the current batch'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(gamma_initializer="zeros"),\n'),
]
