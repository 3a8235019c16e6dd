"""Wrong: puts a BatchNormalization layer between the Flatten and the hidden Dense, a habit from other tutorials; breaks 'Layers, in order: a flattening ..., a hidden layer of 128 units, relu, an output layer of 10 units, softmax'."""

EXERCISE, VERDICT = 'fundamentals.sequential_model', 'wrong'

MUTATE = [
    ('        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10,',
     '        keras.layers.Flatten(),\n        keras.layers.BatchNormalization(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10,'),
]
