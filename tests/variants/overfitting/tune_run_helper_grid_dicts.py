"""Right: a refactor with a helper that builds, compiles, fits and scores one combination (a fresh model each time, Adam at the rate, last epoch's val_accuracy), a list of (params, score) built over itertools.product, and max by score."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "done", ""

import itertools

import keras


def _score(x, y, learning_rate, units, dropout, epochs, validation_split):
    layers = [keras.Input(shape=x.shape[1:]), keras.layers.Dense(units, activation="relu")]
    if dropout:
        layers.append(keras.layers.Dropout(dropout))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
                  loss="binary_crossentropy", metrics=["accuracy"])
    history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
    return history.history["val_accuracy"][-1]


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    results = []
    for learning_rate, width, dropout in itertools.product(learning_rates, units, dropouts):
        params = {"learning_rate": learning_rate, "units": width, "dropout": dropout}
        results.append((params, _score(x, y, learning_rate, width, dropout, epochs, validation_split)))
    return max(results, key=lambda result: result[1])
