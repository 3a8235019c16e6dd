"""Wrong: the notes' Keras 2 path layers.experimental.preprocessing, gone in Keras 3."""
EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", "keras.layers.RandomFlip"

import tensorflow as tf


def data_augmenter():
    return tf.keras.Sequential([
        tf.keras.layers.experimental.preprocessing.RandomFlip("horizontal"),
        tf.keras.layers.experimental.preprocessing.RandomRotation(0.2),
    ])
