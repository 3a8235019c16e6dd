"""Right: picks the constructor with an if/elif chain over the three names and passes everything by keyword."""

EXERCISE, VERDICT = "transfer.pretrained_base", "done"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    shape = (image_size[0], image_size[1], 3)\n    if name == "MobileNetV2":\n        build = keras.applications.MobileNetV2\n    elif name == "EfficientNetB0":\n        build = keras.applications.EfficientNetB0\n    elif name == "VGG16":\n        build = keras.applications.VGG16\n    else:\n        raise ValueError(f"unknown base {name!r}")\n    return build(include_top=False, weights=weights, input_shape=shape)'),
]
