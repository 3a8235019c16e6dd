"""Right: freezes the PyTorch way, variable by variable (requires_grad = False as variable.trainable = False), so no trainable variable is left, then averages an inference call with NumPy."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "done", ""

import numpy as np


def extract_features(base, images):
    for variable in base.trainable_variables:
        variable.trainable = False
    maps = np.asarray(base(images, training=False))
    return maps.mean(axis=(1, 2))
