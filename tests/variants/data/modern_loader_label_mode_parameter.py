"""Right: generalises the loader with a label_mode parameter that defaults to "binary" and a Rescaling layer applied in a parallel map; with the defaults it gives the same binary (batch, 1) labels and [0, 1] pixels."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "done", ""

import keras
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def modern_loader(directory, image_size=(32, 32), batch_size=32, label_mode="binary"):
    dataset = keras.utils.image_dataset_from_directory(
        directory, labels="inferred", label_mode=label_mode, image_size=image_size,
        batch_size=batch_size, shuffle=True)
    scale = keras.layers.Rescaling(scale=1.0 / 255, offset=0.0)

    def to_unit_range(images, labels):
        return scale(images), labels

    return dataset.map(to_unit_range, num_parallel_calls=AUTOTUNE)
