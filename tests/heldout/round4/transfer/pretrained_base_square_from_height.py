"""Wrong: Built the input as (height, height, 3), assuming square images; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    return BASES[name](input_shape=(image_size[0], image_size[0], 3), include_top=False, weights=weights)'),
]
