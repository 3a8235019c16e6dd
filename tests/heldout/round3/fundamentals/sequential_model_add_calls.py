"""Right: Builds an empty keras.Sequential and adds the input and the three layers with model.add."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"
MUTATE = [
    ('''    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])''',
     '''    model = keras.Sequential()
    model.add(keras.Input(shape=(28, 28)))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(128, activation=keras.activations.relu))
    model.add(keras.layers.Dense(10, activation=keras.activations.softmax))
    return model'''),
]
