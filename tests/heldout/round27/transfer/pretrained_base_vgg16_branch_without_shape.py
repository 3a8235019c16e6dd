"""Wrong: remembering that VGG16 without its top is all convolutions, the learner built it in a branch of its own with no input_shape ("it takes any size") and passed image_size only to MobileNetV2 and EfficientNetB0; the check, MobileNetV2 at the default 160x160, gave (None, 5, 5, 1280) and 154 layers; but the VGG16 base's input is (None, None, None, 3), not image_size + (3,), and at 64x96 its output shape reads (None, None, None, 512) instead of 2x3 maps; breaks 'image_size: (height, width), a tuple. The network's input is that size with 3 colour channels'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('''    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)''',
     '''    if name == "VGG16":
        # no top: only convolutions, so any image size goes through
        return keras.applications.VGG16(include_top=False, weights=weights)
    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)'''),
]
