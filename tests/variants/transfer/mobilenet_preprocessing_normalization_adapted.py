"""Right: a Normalization layer adapted to the two ends of the pixel range, [0, 255], whose mean 127.5 and standard deviation 127.5 map it to [-1, 1]."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "done", ""

import keras
import numpy as np


def mobilenet_preprocessing():
    layer = keras.layers.Normalization(axis=None)
    layer.adapt(np.array([0.0, 255.0], dtype="float32"))
    return layer
