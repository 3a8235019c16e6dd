"""Right: looks the constructor up with getattr(keras.applications, name), so any application name works, and unpacks the size into (height, width, 3)."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "done", ""

import keras


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    height, width = image_size
    constructor = getattr(keras.applications, name)
    return constructor(include_top=False, weights=weights, input_shape=(height, width, 3))
