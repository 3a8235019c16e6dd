"""Wrong: puts the softmax on the hidden layer and the relu on the output; breaks 'a hidden layer of 128 units, relu an output layer of 10 units, softmax: one probability per class'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="softmax"),\n        keras.layers.Dense(10, activation="relu"),\n    ])'),
]
