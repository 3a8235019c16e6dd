"""Right: sorts out the layouts with NumPy (new axes, np.repeat for the channels) on a float32 copy, then resizes with tf.image.resize(method="bilinear") and converts back."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "done", ""

import numpy as np
import tensorflow as tf


def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images).astype(np.float32)  # a copy: the caller's array stays as it is
    if x.ndim == 2:
        x = x[np.newaxis, :, :, np.newaxis]
    elif x.ndim == 3:
        x = x[np.newaxis] if x.shape[-1] in (1, 3) else x[..., np.newaxis]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resized = tf.image.resize(x, image_size, method="bilinear")
    return np.asarray(resized, dtype=np.float32)
