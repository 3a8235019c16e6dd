"""Right: computes the rotation factor as math.radians(30) / (2 * math.pi), a twelfth of a turn, and passes the translation positionally (0, 0.3)."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "done", ""

import csv
import json
import math

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def augmentation_layers():
    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(0.0, 0.3),
        keras.layers.RandomRotation(math.radians(30) / (2 * math.pi)),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])
    return train, test
