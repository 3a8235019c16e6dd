"""Wrong: the learner copied the baseline for the two other models and changed only the first hidden layer's size, leaving the second at 16 units; breaks 'two hidden layers of the same size' (smaller: 4 units, bigger: 512 units)."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),',
     '    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(16, activation="relu"),'),
]
