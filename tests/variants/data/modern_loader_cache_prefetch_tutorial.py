"""Right: scales with a multiplication in the map and adds the tutorial's .cache().prefetch(AUTOTUNE), which change no values."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    dataset = keras.utils.image_dataset_from_directory(directory, labels="inferred", label_mode="binary",
                                                       image_size=image_size, batch_size=batch_size)
    dataset = dataset.map(lambda x, y: (tf.cast(x, tf.float32) * (1.0 / 255.0), y), num_parallel_calls=AUTOTUNE)
    return dataset.cache().prefetch(AUTOTUNE)
