"""Right: a functional model with the same layers, RMSprop(learning_rate=1e-3, rho=0.9) spelled out, loss "mean_squared_error", metrics ["mae", "mse"]."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"

import keras


def regression_model(num_features):
    inputs = keras.Input(shape=(num_features,))
    hidden = keras.layers.Dense(64, activation="relu")(inputs)
    hidden = keras.layers.Dense(64, activation="relu")(hidden)
    outputs = keras.layers.Dense(1, activation=None)(hidden)
    model = keras.Model(inputs=inputs, outputs=outputs)
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3, rho=0.9),
                  loss="mean_squared_error", metrics=["mae", "mse"])
    return model
