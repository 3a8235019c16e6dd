"""Right: compiles with the objects of the API docs: Adam(), BinaryCrossentropy() and BinaryAccuracy(name="accuracy")."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "done", ""

import os

import keras
import numpy as np


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.layers.Embedding(input_dim=vocab_size, output_dim=16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),
                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])
    return model
