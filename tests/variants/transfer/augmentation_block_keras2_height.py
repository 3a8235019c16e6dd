"""Wrong: note 001's RandomHeight/RandomWidth, removed from keras.layers in Keras 3."""
EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "RandomZoom(height_factor=0.2"

import keras


def augmentation_block():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomHeight(0.2),
        keras.layers.RandomWidth(0.2),
    ], name="data_augmentation")
