"""Correct: the note's Keras 2 style, input_shape= on the first layer (warns, still works)."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ""
TIP = "keras.Input(shape=...)"

import keras


def sequential_model():
    return keras.Sequential([
        keras.layers.Flatten(input_shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
