"""Wrong: uses a sigmoid in the hidden layer as well as in the output; breaks 'a hidden layer of 16 units, relu'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),',
     '        keras.layers.Dense(16, activation="sigmoid"),\n        keras.layers.Dense(1, activation="sigmoid"),'),
]
