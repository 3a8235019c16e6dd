"""Wrong: bias_regularizer penalises the biases, not the weights."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "kernel_regularizer"

import keras


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    regularizer = keras.regularizers.L2 if kind == "l2" else keras.regularizers.L1
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu", bias_regularizer=regularizer(factor)),
        keras.layers.Dense(16, activation="relu", bias_regularizer=regularizer(factor)),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
