"""Right: a Sequential of two Rescaling layers, 1/255 to [0, 1], then scale 2 and offset -1 to [-1, 1]."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

import keras


def mobilenet_preprocessing():
    return keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.Rescaling(2.0, offset=-1.0),
    ])
