"""Wrong: builds EfficientNetB0 without input_shape, as note 001 does, since it takes any size; the other two get the shape; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    if name == "EfficientNetB0":\n        return BASES[name](include_top=False, weights=weights)\n    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)'),
]
