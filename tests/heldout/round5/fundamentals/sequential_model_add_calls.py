"""Right: Builds an empty Sequential and adds the input and the three layers one by one with model.add."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"
MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    model = keras.Sequential()\n    model.add(keras.Input(shape=(28, 28)))\n    model.add(keras.layers.Flatten())\n    model.add(keras.layers.Dense(128, activation="relu"))\n    model.add(keras.layers.Dense(10, activation="softmax"))\n    return model'),
]
