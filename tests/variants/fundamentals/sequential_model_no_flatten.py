"""Wrong: without Flatten, Dense works on each image row and the output is (N, 28, 10)."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "Flatten()"

import keras


def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
