"""Right: the functional API with Dropout(rate=rate) after each hidden layer, compiled with an Adam object."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

import keras


def dropout_model(num_words=10000, rate=0.5):
    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.Dropout(rate=rate)(x)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate=rate)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model
