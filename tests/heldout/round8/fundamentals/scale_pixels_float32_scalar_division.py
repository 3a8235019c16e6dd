"""Right: np.float32 applied to the array, then divided by np.float32(255)."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

import numpy as np


def scale_pixels(images):
    pixels = np.float32(images)
    return np.asarray(pixels / np.float32(255))
