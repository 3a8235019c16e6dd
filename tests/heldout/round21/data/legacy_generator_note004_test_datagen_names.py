"""Right: note 004's test_datagen / test_generator lines with its keyword order, the note's folder and size replaced by the arguments."""
EXERCISE, VERDICT = "data.legacy_generator", "done"

import tensorflow as tf


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    test_datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0/255)

    test_generator = test_datagen.flow_from_directory(directory,
                                                      target_size=image_size,
                                                      batch_size=batch_size,
                                                      class_mode='binary')
    return test_generator
