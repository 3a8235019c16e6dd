"""Right: note 003's build_model with tf.keras.optimizers.RMSprop(0.001) kept in an `optimizer` variable, the input declared as keras.Input(shape=[num_features]) (a list, as the note's comment explains)."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"

import keras
import tensorflow as tf
from keras import layers


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=[num_features]),
        layers.Dense(64, activation='relu'),
        layers.Dense(64, activation='relu'),
        layers.Dense(1)
    ])

    optimizer = tf.keras.optimizers.RMSprop(0.001)

    model.compile(loss='mse',
                  optimizer=optimizer,
                  metrics=['mae', 'mse'])
    return model
