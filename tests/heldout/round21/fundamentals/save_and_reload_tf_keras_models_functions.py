"""Right: tf.keras.models.save_model / tf.keras.models.load_model (Keras 3 under the tf.keras name) on folder/my_model.keras, size from os.stat."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

import os

import tensorflow as tf


def save_and_reload(model, folder):
    path = os.path.join(folder, "my_model.keras")
    tf.keras.models.save_model(model, path)
    reloaded = tf.keras.models.load_model(path)
    return path, reloaded, os.stat(path).st_size
