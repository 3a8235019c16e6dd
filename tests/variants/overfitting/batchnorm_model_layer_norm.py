"""Wrong: LayerNormalization normalises each sample on its own: no batch statistics, no two modes."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "BatchNormalization"

import keras


def batchnorm_model(num_words=10000):
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.LayerNormalization(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.LayerNormalization(),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
