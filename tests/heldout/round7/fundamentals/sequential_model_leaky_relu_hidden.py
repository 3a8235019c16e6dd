"""Wrong: hidden layer uses leaky_relu; breaks 'a hidden layer of 128 units, relu'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ("""        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),""",
     """        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="leaky_relu"),
        keras.layers.Dense(10, activation="softmax"),"""),
]
