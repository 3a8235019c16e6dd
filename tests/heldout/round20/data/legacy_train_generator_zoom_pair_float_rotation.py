"""Right: the settings in another order, rotation 30.0, zoom as the pair [0.7, 1.3] and height shift spelled 0.0; binary flow by keyword."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"

import tensorflow as tf


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(
        horizontal_flip=True,
        vertical_flip=True,
        zoom_range=[0.7, 1.3],
        rotation_range=30.0,
        height_shift_range=0.0,
        width_shift_range=0.3,
        rescale=1 / 255.0,
    )
    return datagen.flow_from_directory(directory=directory, batch_size=batch_size, class_mode="binary",
                                       target_size=tuple(image_size))
