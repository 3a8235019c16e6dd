"""Wrong: Branched on VGG16 and otherwise built MobileNetV2, so 'EfficientNetB0' gives a MobileNetV2; breaks 'name: "MobileNetV2", "EfficientNetB0" or "VGG16"' (the network of that name)."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     """    shape = tuple(image_size) + (3,)
    if name == "VGG16":
        return keras.applications.VGG16(input_shape=shape, include_top=False, weights=weights)
    return keras.applications.MobileNetV2(input_shape=shape, include_top=False, weights=weights)"""),
]
