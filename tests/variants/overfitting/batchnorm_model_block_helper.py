"""Right: a helper returns a new Dense(16), BatchNormalization(), relu block each time it is called; two blocks then the sigmoid unit, Input first, compiled like the capacity models."""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "done", ""

import keras


def _normalised_block(units):
    return [keras.layers.Dense(units), keras.layers.BatchNormalization(), keras.layers.ReLU()]


def batchnorm_model(num_words=10000):
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        *_normalised_block(16),
        *_normalised_block(16),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
