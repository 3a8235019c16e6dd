"""Correct: a Rescaling layer, returning a tensor instead of a NumPy array."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "done", ""

import keras


def scale_pixels(images):
    return keras.layers.Rescaling(1.0 / 255)(images.astype("float32"))
