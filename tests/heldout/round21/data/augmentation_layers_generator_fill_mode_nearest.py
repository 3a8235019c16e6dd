"""Right: note 001's named Sequential style (`from keras import layers`, name="data_augmentation"), with fill_mode="nearest" on the shift, rotation and zoom, as ImageDataGenerator fills."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"

import keras
from keras import layers


def augmentation_layers():
    data_augmentation = keras.Sequential([
        layers.Rescaling(1./255),
        layers.RandomTranslation(0.0, 0.3, fill_mode="nearest"),
        layers.RandomRotation(30 / 360, fill_mode="nearest"),
        layers.RandomZoom(0.3, fill_mode="nearest"),
        layers.RandomFlip("horizontal_and_vertical"),
    ], name="data_augmentation")
    test_preprocessing = keras.Sequential([layers.Rescaling(1./255)], name="test_preprocessing")
    return data_augmentation, test_preprocessing
