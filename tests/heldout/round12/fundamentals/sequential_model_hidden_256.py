"""Wrong: gives the hidden layer 256 units (the MNIST tutorials' other size); breaks 'a hidden layer of 128 units, relu'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Dense(256, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),'),
]
