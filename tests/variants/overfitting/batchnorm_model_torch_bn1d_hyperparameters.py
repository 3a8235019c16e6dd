"""Right: a literal port of PyTorch's BatchNorm1d defaults (momentum=0.1, epsilon=1e-5) with ReLU() layers; still gamma/beta trainable, moving statistics at inference."""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "done", ""

import keras


def batchnorm_model(num_words=10000):
    model = keras.Sequential([keras.Input(shape=(num_words,))])
    for _ in range(2):
        model.add(keras.layers.Dense(16))
        model.add(keras.layers.BatchNormalization(momentum=0.1, epsilon=1e-5))
        model.add(keras.layers.ReLU())
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
