"""Wrong: keeps note 000's MobileNetV2 block with its module-level IMG_SHAPE = (160, 160) + (3,), so MobileNetV2 ignores image_size (the others follow it); breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    return BASES[name](',
     'IMG_SIZE = (160, 160)\nIMG_SHAPE = IMG_SIZE + (3,)  # note 000\n\n\ndef pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    if name == "MobileNetV2":\n        return keras.applications.MobileNetV2(input_shape=IMG_SHAPE, include_top=False, weights=weights)\n    return BASES[name]('),
]
