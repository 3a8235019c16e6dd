"""Right: the hidden sizes and the learning rate are parameters whose defaults are the note's ((64, 64) and 1e-3), the hidden layers made by a comprehension."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "done", ""

import keras


def regression_model(num_features, hidden_units=(64, 64), learning_rate=1e-3):
    model = keras.Sequential(
        [keras.Input(shape=(num_features,))]
        + [keras.layers.Dense(units, activation="relu") for units in hidden_units]
        + [keras.layers.Dense(1)]
    )
    model.compile(
        loss="mse",
        optimizer=keras.optimizers.RMSprop(learning_rate=learning_rate),
        metrics=["mae", "mse"],
    )
    return model
