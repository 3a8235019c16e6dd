"""Correct: the functional API, with keras.layers.ReLU() after each BatchNormalization."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "done", ""

import keras


def batchnorm_model(num_words=10000):
    inputs = keras.Input(shape=(num_words,))
    x = inputs
    for _ in range(2):
        x = keras.layers.Dense(16)(x)
        x = keras.layers.BatchNormalization()(x)
        x = keras.layers.ReLU()(x)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model
