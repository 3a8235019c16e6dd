"""Right: a match statement picks the constructor; the shape unpacked as (*image_size, 3); keywords."""
EXERCISE, VERDICT = "transfer.pretrained_base", "done"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     """    match name:
        case "MobileNetV2":
            build = keras.applications.MobileNetV2
        case "EfficientNetB0":
            build = keras.applications.EfficientNetB0
        case "VGG16":
            build = keras.applications.VGG16
        case _:
            raise ValueError(f"unknown base {name!r}")
    return build(include_top=False, weights=weights, input_shape=(*image_size, 3))"""),
]
