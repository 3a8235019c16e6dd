"""Wrong: passes the input shape as the first positional argument, as MobileNetV2's signature starts with input_shape; EfficientNetB0 and VGG16 start with include_top, so those two fail (include_top given twice); breaks 'name: "MobileNetV2", "EfficientNetB0" or "VGG16", all three in keras.applications'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    (
        '    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n',
        '    return BASES[name](tuple(image_size) + (3,), include_top=False, weights=weights)\n',
    ),
]
