"""Wrong: "protects" the 512-unit model against its fast overfitting by putting a Dropout(0.5) after each of its hidden layers, so the bigger model is no longer the plain two-layer network the comparison needs; breaks 'has two hidden layers of the same size, relu, then one sigmoid output unit: baseline: 16 units, smaller: 4 units, bigger: 512 units.'"""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", "layers"

MUTATE = [
    ('        name: _binary(keras.layers.Dense(units, activation="relu"),\n'
     '                      keras.layers.Dense(units, activation="relu"),\n',
     '        name: _binary(keras.layers.Dense(units, activation="relu"),\n'
     '                      *([keras.layers.Dropout(0.5)] if units > 100 else []),  # tame the big one\n'
     '                      keras.layers.Dense(units, activation="relu"),\n'
     '                      *([keras.layers.Dropout(0.5)] if units > 100 else []),\n'),
]
