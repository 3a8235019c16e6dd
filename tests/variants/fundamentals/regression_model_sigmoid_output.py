"""Wrong: a sigmoid output squashes every prediction into (0, 1)."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "Dense(1)"

import keras


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])
    return model
