"""Right: Passes the activation functions themselves (keras.activations.relu, keras.activations.softmax) and names the input, instead of activation strings."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"
MUTATE = [
    ("""def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])""",
     """def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28), name="image"),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation=keras.activations.relu),
        keras.layers.Dense(10, activation=keras.activations.softmax),
    ])"""),
]
