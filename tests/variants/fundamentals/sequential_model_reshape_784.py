"""Right: flattens with keras.layers.Reshape((784,)) instead of Flatten: the same vector of 784 per image."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ''

MUTATE = [
    (
        '        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n',
        '        keras.Input(shape=(28, 28)),\n        keras.layers.Reshape((784,)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n',
    ),
]
