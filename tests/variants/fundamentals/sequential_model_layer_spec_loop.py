"""Right: adds the Dense layers from a list of (units, activation) specs, PyTorch-config style."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ""

import os

import keras
import numpy as np


def sequential_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten()])
    for units, activation in [(128, "relu"), (10, "softmax")]:
        model.add(keras.layers.Dense(units, activation=activation))
    return model
