"""Right: collects (params, score) pairs and takes sorted(..., reverse=True)[0], which keeps the first of equal scores as max does."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "done", ""

import itertools

import keras


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    results = []
    for learning_rate, width, dropout in itertools.product(learning_rates, units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(dropout),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
                      loss="binary_crossentropy", metrics=["accuracy"])
        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        params = {"learning_rate": learning_rate, "units": width, "dropout": dropout}
        results.append((params, history.history["val_accuracy"][-1]))
    return sorted(results, key=lambda item: item[1], reverse=True)[0]
