"""Wrong: keeps the baseline's Dense(16, activation="relu") and adds BatchNormalization and an Activation("relu") after it, so each hidden layer has a relu before and after the normalisation; breaks 'commonly between the hidden layer's 16 units and their relu (after the relu also works)'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16, activation="relu"),'),
]
