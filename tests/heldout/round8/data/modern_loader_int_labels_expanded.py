"""Right: loads integer labels and turns them into the binary mode's float column with tf.expand_dims, dividing the pixels by 255 in the same map."""

EXERCISE, VERDICT = "data.modern_loader", "done"

import keras
import tensorflow as tf


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    dataset = keras.utils.image_dataset_from_directory(
        directory, label_mode="int", image_size=image_size, batch_size=batch_size)

    def scale(images, labels):
        return images / 255.0, tf.expand_dims(tf.cast(labels, tf.float32), axis=-1)

    return dataset.map(scale)
