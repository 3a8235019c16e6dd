"""Wrong: Put the Dense(128) before the Flatten, so it acts on each 28-pixel row and the flattening comes second; breaks 'Layers, in order: a flattening of each 28x28 image into a vector of 784, a hidden layer of 128 units'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ("""def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),""",
     """def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Flatten(),"""),
]
