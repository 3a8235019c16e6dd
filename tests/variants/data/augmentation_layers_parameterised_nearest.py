"""Right: generalises the function with keyword parameters whose defaults are note 004's settings (degrees converted to a fraction of a turn), and picks nearest-neighbour interpolation in the random layers for speed; the test pipeline is a Rescaling of its own."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "done", ""

import keras


def augmentation_layers(rotation_degrees=30, width_shift=0.3, zoom=0.3, interpolation="nearest"):
    train = keras.Sequential(name="train_preprocessing")
    train.add(keras.layers.Rescaling(scale=1.0 / 255))
    train.add(keras.layers.RandomTranslation(height_factor=0.0, width_factor=width_shift,
                                             interpolation=interpolation))
    train.add(keras.layers.RandomRotation(factor=rotation_degrees / 360, interpolation=interpolation))
    train.add(keras.layers.RandomZoom(height_factor=zoom, interpolation=interpolation))
    train.add(keras.layers.RandomFlip(mode="horizontal_and_vertical"))
    test = keras.Sequential([keras.layers.Rescaling(scale=1.0 / 255)], name="test_preprocessing")
    return train, test
