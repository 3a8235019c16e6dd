"""Right: a functional-API helper builds and compiles each model, filled into the dict by a for loop over the sizes."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

import keras


def _classifier(num_words, units):
    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(units, activation="relu")(inputs)
    x = keras.layers.Dense(units, activation="relu")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model


def capacity_models(num_words=10000):
    sizes = {"baseline": 16, "smaller": 4, "bigger": 512}
    models = {}
    for name, units in sizes.items():
        models[name] = _classifier(num_words, units)
    return models
