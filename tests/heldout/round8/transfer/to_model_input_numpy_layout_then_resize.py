"""Right: the layout fixed with NumPy (expand_dims, repeat to 3 channels, float32), then tf.image.resize and .numpy()."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

import numpy as np
import tensorflow as tf


def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images).astype(np.float32)
    if x.ndim == 2:
        x = x[np.newaxis, :, :, np.newaxis]
    elif x.ndim == 3:
        x = x[np.newaxis] if x.shape[-1] in (1, 3) else x[..., np.newaxis]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resized = tf.image.resize(x, tuple(image_size))
    return resized.numpy().astype(np.float32)
