"""Wrong: a BatchNormalization after the output rescales the probabilities."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "after the output"

import keras


def batchnorm_model(num_words=10000):
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
        keras.layers.BatchNormalization(),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
