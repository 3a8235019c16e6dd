"""Right: freezes the base layer by layer, stacks it with a GlobalAveragePooling2D in a Sequential and returns predict()'s array (predict runs in inference mode)."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

import keras
import numpy as np


def extract_features(base, images):
    for layer in base.layers:
        layer.trainable = False
    base.trainable = False
    extractor = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()])
    return np.asarray(extractor.predict(np.asarray(images, dtype="float32"), verbose=0))
