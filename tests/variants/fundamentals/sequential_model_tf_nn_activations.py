"""Correct: the note's tutorial spelling, activation=tf.nn.relu and tf.nn.softmax (named softmax_v2 in TensorFlow)."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ""

import tensorflow as tf
from tensorflow import keras


def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation=tf.nn.relu),
        keras.layers.Dense(10, activation=tf.nn.softmax),
    ])
