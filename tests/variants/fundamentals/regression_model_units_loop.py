"""Right: adds the two hidden layers in a loop over (64, 64) and names the rate learning_rate=1e-3."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "done", ""

import os

import keras
import numpy as np


def regression_model(num_features):
    model = keras.Sequential()
    model.add(keras.Input(shape=(num_features,)))
    for units in (64, 64):
        model.add(keras.layers.Dense(units, activation="relu"))
    model.add(keras.layers.Dense(1))
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), metrics=["mae", "mse"])
    return model
