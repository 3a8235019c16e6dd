"""Correct: Dense(16, relu) then BatchNormalization, twice (the docstring: after the relu also works)."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"
MUTATE = [
    ('def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
     'def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.BatchNormalization(),\n'),
]
