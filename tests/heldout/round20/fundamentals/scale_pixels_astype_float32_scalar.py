"""Right: converts with astype(np.float32) and divides by a float32 scalar 255."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

import numpy as np


def scale_pixels(images):
    return np.asarray(images).astype(np.float32) / np.float32(255)
