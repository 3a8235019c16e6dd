"""Wrong: halves the second hidden layer of each model (16 then 8, 4 then 2, 512 then 256), the usual funnel shape; breaks 'two hidden layers of the same size'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),',
     '        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units // 2, activation="relu"),'),
]
