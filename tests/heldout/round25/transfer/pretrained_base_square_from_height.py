"""Wrong: the learner built the input as image_size[0] twice, thinking of images as square, and the default 160x160 printed (None, 5, 5, 1280) as promised; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'side = image_size[0]\n    return BASES[name](input_shape=(side, side, 3), include_top=False, weights=weights)'),
]
