"""Wrong: uses relu6 (a relu capped at 6, MobileNet's) for the hidden layer; breaks 'a hidden layer of 128 units, relu'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Dense(128, activation="relu6"),\n        keras.layers.Dense(10, activation="softmax"),'),
]
