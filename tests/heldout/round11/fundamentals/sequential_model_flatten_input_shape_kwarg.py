"""Right: gives input_shape=(28, 28) on the Flatten layer as note 003 does (Keras 3 warns but builds the same model)."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    return keras.Sequential([\n        keras.layers.Flatten(input_shape=(28, 28)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])'),
]
