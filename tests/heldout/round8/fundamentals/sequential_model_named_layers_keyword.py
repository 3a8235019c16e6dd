"""Right: keras.Sequential(layers=..., name=...) with named layers and the activations given as functions."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

import keras


def sequential_model():
    return keras.Sequential(
        layers=[
            keras.Input(shape=(28, 28), name="image"),
            keras.layers.Flatten(name="flatten"),
            keras.layers.Dense(units=128, activation=keras.activations.relu, name="hidden"),
            keras.layers.Dense(units=10, activation=keras.activations.softmax, name="probabilities"),
        ],
        name="tutorial1",
    )
