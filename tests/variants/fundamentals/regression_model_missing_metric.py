"""Wrong: only mae is tracked; the note asks for mae and mse."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "metrics"

import keras


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae"])
    return model
