"""Wrong: A single hidden layer per model; breaks 'two hidden layers of the same size'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n',
     'name: _binary(keras.layers.Dense(units, activation="relu"),\n'),
]
