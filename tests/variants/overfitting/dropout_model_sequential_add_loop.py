"""Right: an empty Sequential filled with model.add in a for loop over the hidden sizes, as Keras 2 tutorials build it."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "done", ""

import keras


def dropout_model(num_words=10000, rate=0.5):
    model = keras.Sequential()
    model.add(keras.Input(shape=(num_words,)))
    for units in (16, 16):
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(rate))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
