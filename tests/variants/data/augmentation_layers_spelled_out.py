"""Correct: every factor as a (lower, upper) pair, two flip layers, the rescale last, zoom on both axes."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "done", ""

from keras import Sequential, layers


def augmentation_layers():
    turn = 30 / 360
    train = Sequential()
    train.add(layers.RandomFlip("horizontal"))
    train.add(layers.RandomFlip("vertical"))
    train.add(layers.RandomRotation((-turn, turn), fill_mode="nearest"))
    train.add(layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3), fill_mode="nearest"))
    train.add(layers.RandomTranslation(0, (-0.3, 0.3), fill_mode="nearest"))
    train.add(layers.Rescaling(scale=1 / 255.0))
    test = Sequential([layers.Rescaling(1 / 255.0)])
    return train, test
