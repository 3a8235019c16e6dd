"""Wrong: training=True on the Dropout calls keeps dropout on at inference too."""
EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", "off at inference"

import keras


def dropout_model(num_words=10000, rate=0.5):
    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.Dropout(rate)(x, training=True)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate)(x, training=True)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
