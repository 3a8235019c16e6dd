"""Wrong: uses tanh in the hidden layers; breaks 'has two hidden layers of the same size, relu, then one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),',
     '        name: _binary(keras.layers.Dense(units, activation="tanh"),\n                      keras.layers.Dense(units, activation="tanh"),'),
]
