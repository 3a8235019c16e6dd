"""Correct: a Resizing layer and NumPy for the axes and the channels."""
EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "done", ""

import keras
import numpy as np


def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images, dtype="float32")
    if x.ndim == 2 or (x.ndim == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., np.newaxis]
    if x.ndim == 3:
        x = x[np.newaxis]
    x = np.repeat(x, 3, axis=-1) if x.shape[-1] == 1 else x
    return np.asarray(keras.layers.Resizing(*image_size)(x))
