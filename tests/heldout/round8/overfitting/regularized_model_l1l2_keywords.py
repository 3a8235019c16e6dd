"""Right: keras.regularizers.L1L2 with only the chosen side set by keyword, a new regularizer per layer."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

import keras


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    def penalty():
        if kind == "l1":
            return keras.regularizers.L1L2(l1=factor, l2=0.0)
        return keras.regularizers.L1L2(l1=0.0, l2=factor)

    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
