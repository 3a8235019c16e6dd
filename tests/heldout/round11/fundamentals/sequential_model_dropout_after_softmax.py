"""Wrong: adds a Dropout(0.2) after the softmax output, so in training the probabilities are zeroed and rescaled; breaks 'an output layer of 10 units, softmax: one probability per class'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n        keras.layers.Dropout(0.2),\n    ])'),
]
