"""Right: the ImageDataGenerator from a settings dict (rescale=1/255.0 only), flowing with every option spelled out (rgb, binary, shuffled)."""
EXERCISE, VERDICT = "data.legacy_generator", "done"

import tensorflow as tf


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    ImageDataGenerator = tf.keras.preprocessing.image.ImageDataGenerator
    settings = {"rescale": 1 / 255.0}
    flow = {"target_size": tuple(image_size), "color_mode": "rgb", "class_mode": "binary",
            "batch_size": batch_size, "shuffle": True}
    return ImageDataGenerator(**settings).flow_from_directory(directory, **flow)
