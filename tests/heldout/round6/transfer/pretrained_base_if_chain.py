"""Right: an if-chain over the three names, each application called with keywords."""
EXERCISE, VERDICT = "transfer.pretrained_base", "done"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '''    shape = (image_size[0], image_size[1], 3)
    if name == "MobileNetV2":
        return keras.applications.MobileNetV2(include_top=False, weights=weights, input_shape=shape)
    if name == "EfficientNetB0":
        return keras.applications.EfficientNetB0(include_top=False, weights=weights, input_shape=shape)
    if name == "VGG16":
        return keras.applications.VGG16(include_top=False, weights=weights, input_shape=shape)
    raise ValueError(f"unknown base {name!r}")'''),
]
