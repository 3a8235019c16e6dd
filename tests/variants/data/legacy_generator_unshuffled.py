"""Correct: note 004's generator with explicit colour mode and no shuffling."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "done", ""

import tensorflow as tf


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, color_mode="rgb",
                                       batch_size=batch_size, class_mode="binary", shuffle=False)
