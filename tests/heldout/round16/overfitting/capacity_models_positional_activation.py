"""Right: passes the hidden layers' activation positionally, keras.layers.Dense(units, "relu")."""

EXERCISE, VERDICT = 'overfitting.capacity_models', 'done'

MUTATE = [
    ('        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),',
     '        name: _binary(keras.layers.Dense(units, "relu"),\n                      keras.layers.Dense(units, "relu"),'),
]
