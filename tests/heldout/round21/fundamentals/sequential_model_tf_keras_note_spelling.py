"""Right: note 003's model verbatim, tf.keras spelling and Flatten(input_shape=(28, 28)) on the first layer (Keras 3 warns but builds the same input)."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

import tensorflow as tf


def sequential_model():
    """🌟 モデルの構築"""
    model = tf.keras.Sequential([
        tf.keras.layers.Flatten(input_shape=(28, 28)),
        tf.keras.layers.Dense(128, activation='relu'),
        tf.keras.layers.Dense(10, activation='softmax')
    ])
    return model
