"""Right: normalises the layout with NumPy, then resizes image by image with tf.image.resize and stacks the results."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "done", ""

import numpy as np
import tensorflow as tf


def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images)
    if x.ndim == 2 or (x.ndim == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., np.newaxis]
    if x.ndim == 3:
        x = x[np.newaxis]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resized = [tf.image.resize(image.astype("float32"), image_size).numpy() for image in x]
    return np.stack(resized).astype("float32")
