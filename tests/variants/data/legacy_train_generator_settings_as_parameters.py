"""Right: turns note 004's settings into keyword parameters with the note's values as defaults (rotation in degrees, shift and zoom as fractions, both flips), passes them through to ImageDataGenerator and flows with the binary class mode."""

EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "done", ""

import tensorflow as tf


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32, rotation_degrees=30,
                           width_shift=0.3, zoom=0.3, flips=True):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(
        rescale=1.0 / 255,
        rotation_range=rotation_degrees,
        width_shift_range=width_shift,
        zoom_range=zoom,
        horizontal_flip=flips,
        vertical_flip=flips,
    )
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")
