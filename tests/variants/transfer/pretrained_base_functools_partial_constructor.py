"""Right: fixes include_top=False with functools.partial around each constructor and unpacks the size into input_shape."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "done", ""

import functools

import keras

_HEADLESS = {name: functools.partial(getattr(keras.applications, name), include_top=False)
             for name in ("MobileNetV2", "EfficientNetB0", "VGG16")}


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    height, width = image_size
    return _HEADLESS[name](input_shape=(height, width, 3), weights=weights)
