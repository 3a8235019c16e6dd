"""Right: takes image_shape, hidden_units and num_classes as parameters whose defaults are the note's (28, 28), 128 and 10."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ""

import keras


def sequential_model(image_shape=(28, 28), hidden_units=128, num_classes=10):
    return keras.Sequential([
        keras.Input(shape=tuple(image_shape)),
        keras.layers.Flatten(),
        keras.layers.Dense(hidden_units, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])
