"""Correct: keras.layers.Normalization adapted to the training set."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""

import keras


def normalize_features(train, test):
    norm = keras.layers.Normalization(axis=-1)
    norm.adapt(train)
    return norm(train), norm(test)
