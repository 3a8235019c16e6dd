"""Wrong: adds a Dropout(0.2) between the two hidden layers; breaks 'a hidden layer of 64 units, relu a hidden layer of 64 units, relu an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(1),\n    ])',
     '        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dropout(0.2),\n        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(1),\n    ])'),
]
