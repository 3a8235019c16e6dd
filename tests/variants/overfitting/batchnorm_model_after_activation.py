"""Correct: BatchNormalization after the activation."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "done", ""

import keras


def batchnorm_model(num_words=10000):
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
