"""Wrong: uses gelu, the transformer activation, for the hidden layer; breaks 'a hidden layer of 128 units, relu'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Dense(128, activation="gelu"),\n        keras.layers.Dense(10, activation="softmax"),'),
]
