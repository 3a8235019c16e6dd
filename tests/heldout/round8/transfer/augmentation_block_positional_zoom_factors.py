"""Right: the one-axis zooms given positionally, RandomZoom(0.2, 0.0) and RandomZoom(0.0, 0.2), the block named through the Sequential's name keyword after the list is built."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

import keras


def augmentation_block():
    layers = [
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(0.2, 0.0),
        keras.layers.RandomZoom(0.0, 0.2),
    ]
    return keras.Sequential(layers, name="data_augmentation")
