"""Right: the same layers, each named, with activation functions given as objects."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"
MUTATE = [
    ('''        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),''',
     '''        keras.Input(shape=(28, 28), name="image"),
        keras.layers.Flatten(name="flatten"),
        keras.layers.Dense(128, activation=keras.activations.relu, name="hidden"),
        keras.layers.Dense(10, activation=keras.activations.softmax, name="probabilities"),'''),
]
