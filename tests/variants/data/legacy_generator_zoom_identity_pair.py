"""Right: spells the zoom off as zoom_range=[1.0, 1.0] (what ImageDataGenerator stores for 0) and passes every flow argument by keyword."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, zoom_range=[1.0, 1.0])
    return datagen.flow_from_directory(directory=directory, target_size=tuple(image_size), color_mode="rgb",
                                       class_mode="binary", batch_size=batch_size, shuffle=True)
