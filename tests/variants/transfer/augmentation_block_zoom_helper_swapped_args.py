"""Right: builds the one-axis zooms with a helper _zoom(width, height) that the calls read as (height, width), so the width-only zoom comes before the height-only one; another order passes."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "done", ""

import keras


def _zoom(width, height):
    return keras.layers.RandomZoom(height_factor=height, width_factor=width)


def augmentation_block():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        _zoom(0.2, 0.0),  # stand-in for RandomHeight(0.2)
        _zoom(0.0, 0.2),  # stand-in for RandomWidth(0.2)
    ], name="data_augmentation")
