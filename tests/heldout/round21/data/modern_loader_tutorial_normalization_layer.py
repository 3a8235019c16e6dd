"""Right: the TensorFlow images tutorial's spelling: a `normalization_layer = tf.keras.layers.Rescaling(1./255)` mapped over the loader's batches as `normalized_ds`."""
EXERCISE, VERDICT = "data.modern_loader", "done"

import tensorflow as tf


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    train_ds = tf.keras.utils.image_dataset_from_directory(
        directory,
        image_size=image_size,
        batch_size=batch_size,
        label_mode='binary')
    normalization_layer = tf.keras.layers.Rescaling(1./255)
    normalized_ds = train_ds.map(lambda x, y: (normalization_layer(x), y))
    return normalized_ds
