"""Right: writes the degrees and fractions as floats (rotation_range=30.0, zoom_range=0.3) with height_shift_range=0.0 spelled out."""

EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(
        rescale=1.0 / 255.0, rotation_range=30.0, width_shift_range=0.3, height_shift_range=0.0,
        zoom_range=0.3, horizontal_flip=True, vertical_flip=True)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")
