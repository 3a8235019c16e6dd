"""Right: flows with shuffle=False so that the batches come in a fixed, readable order (class folders sorted, files in order); every other setting as note 004 has it, all by keyword."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "done", ""

import tensorflow as tf


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(
        directory=directory,
        target_size=tuple(image_size),
        color_mode="rgb",
        class_mode="binary",
        batch_size=batch_size,
        shuffle=False,
    )
