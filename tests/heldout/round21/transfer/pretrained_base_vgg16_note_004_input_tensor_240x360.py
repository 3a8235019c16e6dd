"""Wrong: builds VGG16 as note 004 does, on input_tensor=Input(shape=(240, 360, 3)), whatever image_size is; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    return BASES[name](',
     'def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    if name == "VGG16":  # note 004\n        return keras.applications.VGG16(weights=weights, include_top=False,\n                                        input_tensor=keras.Input(shape=(240, 360, 3)))\n    return BASES[name]('),
]
