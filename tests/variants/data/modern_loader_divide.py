"""Correct: pixels divided by 255.0 in a map instead of a Rescaling layer."""
EXERCISE, VERDICT, SAYS = "data.modern_loader", "done", ""

import keras
import tensorflow as tf


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    dataset = keras.utils.image_dataset_from_directory(
        directory, label_mode="binary", image_size=image_size, batch_size=batch_size, shuffle=True, seed=1)
    return dataset.map(lambda x, y: (tf.cast(x, tf.float32) / 255.0, y)).prefetch(tf.data.AUTOTUNE)
