"""Right: picks the loss with a match statement on bool(one_hot)."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "done", ""

import os

import keras
import numpy as np


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    match bool(one_hot):
        case True:
            loss = "categorical_crossentropy"
        case False:
            loss = "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model
