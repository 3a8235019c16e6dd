"""Wrong: a relu output layer gives no probabilities."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'Dense(10, activation="softmax")'

import keras


def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="relu"),
    ])
