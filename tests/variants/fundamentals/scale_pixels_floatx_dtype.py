"""Right: takes the float type from keras.config.floatx() (float32 unless changed) instead of spelling it."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "done", ""

import os

import keras
import numpy as np


def scale_pixels(images):
    return np.asarray(images, dtype=keras.config.floatx()) / 255.0
