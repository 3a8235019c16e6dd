"""Right: note 003's build_model written with the functional API, the rate given as learning_rate=1e-3."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

import keras


def regression_model(num_features):
    inputs = keras.Input(shape=(num_features,))
    hidden = keras.layers.Dense(64, activation="relu")(inputs)
    hidden = keras.layers.Dense(64, activation="relu")(hidden)
    outputs = keras.layers.Dense(1)(hidden)
    model = keras.Model(inputs=inputs, outputs=outputs)
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss="mse", metrics=["mae", "mse"])
    return model
