"""Right: declares the input as keras.Input(batch_shape=(None, 28, 28)) and names the layers."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(batch_shape=(None, 28, 28)),\n        keras.layers.Flatten(name="flatten"),\n        keras.layers.Dense(128, activation="relu", name="hidden"),\n        keras.layers.Dense(10, activation="softmax", name="probabilities"),\n    ], name="tutorial1")'),
]
