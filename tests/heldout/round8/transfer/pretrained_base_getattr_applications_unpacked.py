"""Right: the class looked up with getattr on keras.applications, the input shape written (*image_size, 3), arguments by keyword."""

EXERCISE, VERDICT = "transfer.pretrained_base", "done"

import keras


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    if name not in ("MobileNetV2", "EfficientNetB0", "VGG16"):
        raise ValueError(f"unknown base {name!r}")
    network = getattr(keras.applications, name)
    return network(include_top=False, weights=weights, input_shape=(*image_size, 3))
