"""Wrong: narrows the second hidden layer to 32 units, a funnel; breaks 'a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),',
     '        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(32, activation="relu"),'),
]
