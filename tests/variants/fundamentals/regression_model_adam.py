"""Wrong: Adam instead of the note's RMSprop."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "RMSprop"

import keras


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer="adam", metrics=["mae", "mse"])
    return model
