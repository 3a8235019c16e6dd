"""Right: builds the penalty once (L1 or L2 class looked up from kind, with the given factor) and passes that one stateless regularizer object to both hidden layers' kernels; the output layer has none."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "done", ""

import keras

PENALTIES = {"l1": keras.regularizers.L1, "l2": keras.regularizers.L2}


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    penalty = PENALTIES[kind](factor)
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
