"""Wrong: snapped each side of image_size to the nearest size MobileNetV2 has ImageNet weights for (96, 128, 160, 192, 224), to silence Keras's 'weights for input shape (224, 224) will be loaded' warning, so 64x96 builds a 96x96 network; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = 'transfer.pretrained_base', 'wrong'

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    sizes = (96, 128, 160, 192, 224)\n    size = tuple(min(sizes, key=lambda s: abs(s - side)) for side in image_size)\n    return BASES[name](input_shape=size + (3,), include_top=False, weights=weights)'),
]
