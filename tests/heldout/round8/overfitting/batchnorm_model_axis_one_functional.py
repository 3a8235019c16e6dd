"""Right: the functional API with BatchNormalization(axis=1) (the feature axis of a Dense output) between each hidden Dense and its relu activation."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

import keras


def batchnorm_model(num_words=10000):
    inputs = keras.Input(shape=(num_words,))
    x = inputs
    for _ in range(2):
        x = keras.layers.Dense(16)(x)
        x = keras.layers.BatchNormalization(axis=1)(x)
        x = keras.layers.Activation("relu")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
