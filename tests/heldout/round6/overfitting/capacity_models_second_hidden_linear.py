"""Wrong: the second hidden layer has no activation; breaks 'two hidden layers of the same size, relu'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('''        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),''',
     '''        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units),'''),
]
