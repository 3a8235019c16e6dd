"""Wrong: Kept one hidden layer of 64 units; breaks 'Layers, in order: a hidden layer of 64 units, relu; a hidden layer of 64 units, relu; an output'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),\n',
     '        keras.layers.Dense(64, activation="relu"),\n'),
]
