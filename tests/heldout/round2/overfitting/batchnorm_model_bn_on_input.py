"""Wrong: One BatchNormalization on the inputs, before the first Dense, none between the hidden layers; breaks 'after each hidden Dense layer'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
     'def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dense(16, activation="relu"),\n'),
]
