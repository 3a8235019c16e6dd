"""Right: builds a named Sequential with add(), seeds both layers from a module constant for reproducible runs, and writes the rotation as the explicit range (-0.2, 0.2)."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "done", ""

import keras

SEED = 1234


def data_augmenter():
    augmenter = keras.Sequential(name="data_augmenter")
    augmenter.add(keras.layers.RandomFlip(mode="horizontal", seed=SEED))
    augmenter.add(keras.layers.RandomRotation(factor=(-0.2, 0.2), seed=SEED))
    return augmenter
