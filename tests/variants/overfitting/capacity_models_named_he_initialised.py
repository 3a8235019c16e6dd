"""Right: one builder for the three sizes that names each model after its key and initialises the relu layers with he_uniform (a better start for relu, no change to the architecture); Input first, Adam, binary_crossentropy, "accuracy" and "binary_crossentropy"."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "done", ""

import keras

SIZES = {"baseline": 16, "smaller": 4, "bigger": 512}


def _model(name, units, num_words):
    model = keras.Sequential(name=name)
    model.add(keras.Input(shape=(num_words,)))
    model.add(keras.layers.Dense(units, activation="relu", kernel_initializer="he_uniform"))
    model.add(keras.layers.Dense(units, activation="relu", kernel_initializer="he_uniform"))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model


def capacity_models(num_words=10000):
    return {name: _model(name, units, num_words) for name, units in SIZES.items()}
