"""Wrong: builds the base for any input size, input_shape=(None, None, 3); breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    return BASES[name](input_shape=(None, None, 3), include_top=False, weights=weights)  # any size'),
]
