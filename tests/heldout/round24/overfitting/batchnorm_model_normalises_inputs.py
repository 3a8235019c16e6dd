"""Wrong: the learner put a BatchNormalization before each hidden layer (normalising the inputs, then the first layer's output), two as asked but the second hidden layer's output is never normalised; breaks 'The baseline model with BatchNormalization after each hidden Dense layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    return _binary(keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16, activation="relu"),'),
]
