"""Correct: the note's lower-case keras.regularizers.l2 / l1 and input_shape=."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "done", ""
TIP = "keras.Input(shape=...)"

import keras


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    regularizer = keras.regularizers.l2 if kind == "l2" else keras.regularizers.l1
    model = keras.models.Sequential([
        keras.layers.Dense(16, kernel_regularizer=regularizer(factor), activation="relu", input_shape=(num_words,)),
        keras.layers.Dense(16, kernel_regularizer=regularizer(factor), activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
