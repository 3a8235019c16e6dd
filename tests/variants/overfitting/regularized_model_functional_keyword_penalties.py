"""Right: the functional API, with the penalty written keyword-style (L2(l2=factor), L1(l1=factor)) chosen from a dict of classes."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "done", ""

import keras


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    make = {"l1": lambda: keras.regularizers.L1(l1=factor), "l2": lambda: keras.regularizers.L2(l2=factor)}[kind]
    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu", kernel_regularizer=make())(inputs)
    x = keras.layers.Dense(16, activation="relu", kernel_regularizer=make())(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
