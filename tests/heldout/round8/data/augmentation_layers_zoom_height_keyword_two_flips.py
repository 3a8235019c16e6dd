"""Right: RandomZoom(height_factor=0.3) (width_factor=None zooms the width alike), RandomRotation(1 / 12), RandomTranslation(0.0, 0.3) positionally, and the two flips as two layers, rescaling last."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

import keras


def augmentation_layers():
    train = keras.Sequential(name="train_preprocessing")
    train.add(keras.layers.RandomFlip(mode="horizontal"))
    train.add(keras.layers.RandomFlip(mode="vertical"))
    train.add(keras.layers.RandomTranslation(0.0, 0.3))
    train.add(keras.layers.RandomRotation(factor=1 / 12))
    train.add(keras.layers.RandomZoom(height_factor=0.3))
    train.add(keras.layers.Rescaling(scale=1 / 255))
    test = keras.Sequential([keras.layers.Rescaling(scale=1 / 255)], name="test_preprocessing")
    return train, test
