"""Wrong: the hidden Dense layer has use_bias=False, 100352 weights and no biases; breaks 'a hidden layer of 128 units, relu'."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'use_bias'

MUTATE = [
    ('        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu", use_bias=False),\n        keras.layers.Dense(10, activation="softmax"),'),
]
