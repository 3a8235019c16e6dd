"""Right: the settings in a dict with float values and the zoom as the pair [1 - 0.3, 1 + 0.3], unpacked into tf.keras's ImageDataGenerator, then flow_from_directory by keyword."""

EXERCISE, VERDICT = "data.legacy_train_generator", "done"

import tensorflow as tf


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    settings = {
        "rescale": 1 / 255.0,
        "width_shift_range": 0.3,
        "rotation_range": 30.0,
        "zoom_range": [1 - 0.3, 1 + 0.3],
        "horizontal_flip": True,
        "vertical_flip": True,
    }
    generator = tf.keras.preprocessing.image.ImageDataGenerator(**settings)
    return generator.flow_from_directory(directory=directory, target_size=tuple(image_size),
                                         batch_size=batch_size, class_mode="binary")
