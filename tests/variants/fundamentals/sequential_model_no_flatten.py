"""Wrong: without Flatten, Dense works on each image row and the output is (N, 28, 10)."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "Flatten()"
MUTATE = [("""        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, """, """        keras.Input(shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, """)]
