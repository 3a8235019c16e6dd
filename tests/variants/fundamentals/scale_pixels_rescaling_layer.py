"""Wrong: a Rescaling layer's output returned as it is, a tensor where the docstring promises a NumPy array."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "return a NumPy array"

import keras


def scale_pixels(images):
    return keras.layers.Rescaling(1.0 / 255)(images.astype("float32"))
