"""Wrong: adds a Rescaling(1/255) layer in front of the Flatten; breaks 'Layers, in order: a flattening ..., a hidden layer ..., an output layer' (no other layer)."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('''        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),''',
     '''        keras.Input(shape=(28, 28)),
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),'''),
]
