"""Right: the train pipeline built with add() in another order, every range written as a symmetric pair, two flip layers; the test pipeline its own Rescaling."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"

import keras


def augmentation_layers():
    train = keras.Sequential(name="train_preprocessing")
    train.add(keras.layers.RandomFlip(mode="horizontal"))
    train.add(keras.layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)))
    train.add(keras.layers.Rescaling(scale=1 / 255.0))
    train.add(keras.layers.RandomRotation(factor=(-1 / 12, 1 / 12)))
    train.add(keras.layers.RandomTranslation(height_factor=(0.0, 0.0), width_factor=(-0.3, 0.3)))
    train.add(keras.layers.RandomFlip(mode="vertical"))
    test = keras.Sequential([keras.layers.Rescaling(scale=1 / 255.0)], name="test_preprocessing")
    return train, test
