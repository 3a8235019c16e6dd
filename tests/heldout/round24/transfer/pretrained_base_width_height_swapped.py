"""Wrong: the learner read image_size as (width, height), the way PIL states a size, and reordered it into the (height, width, 3) Keras wants, so the axes end up swapped; at 160x160 nothing shows, at 64x96 the base takes 96x64 images and gives 3x2 feature maps; breaks 'image_size: (height, width), a tuple. The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    width, height = image_size\n'
     '    return BASES[name](input_shape=(height, width, 3), include_top=False, weights=weights)'),
]
