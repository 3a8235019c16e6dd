"""Right: an empty Sequential named "data_augmentation" filled with .add() from a list of layers, the one-axis zooms written with keyword factors."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "done", ""

import keras


def augmentation_block():
    block = keras.Sequential(name="data_augmentation")
    for layer in (keras.layers.RandomFlip(mode="horizontal"),
                  keras.layers.RandomRotation(factor=0.2),
                  keras.layers.RandomZoom(height_factor=0.2),
                  keras.layers.RandomZoom(height_factor=0.2, width_factor=0),
                  keras.layers.RandomZoom(height_factor=0, width_factor=0.2)):
        block.add(layer)
    return block
