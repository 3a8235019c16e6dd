"""Right: freezes the base, stacks it with a pooling layer in a Sequential and runs predict() (batched, inference mode) on the images."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "done", ""

import keras
import numpy as np


def extract_features(base, images):
    base.trainable = False
    extractor = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()])
    return extractor.predict(np.asarray(images), verbose=0)
