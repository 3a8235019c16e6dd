"""Right: an empty Sequential filled with add(), the flip's mode and the rotation's factor by keyword."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

import keras


def data_augmenter():
    block = keras.Sequential()
    block.add(keras.layers.RandomFlip(mode="horizontal"))
    block.add(keras.layers.RandomRotation(factor=0.2))
    return block
