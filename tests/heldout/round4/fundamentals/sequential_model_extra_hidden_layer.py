"""Wrong: Stacked two hidden layers of 128 relu units (a 'deeper is better' habit); breaks 'Layers, in order: a flattening ... a hidden layer of 128 units ... an output layer of 10 units'."""
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
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(128, activation="relu"),"""),
]
