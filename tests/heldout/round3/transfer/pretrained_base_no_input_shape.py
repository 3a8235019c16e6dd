"""Wrong: Built the base without input_shape (it still runs on any size); breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    return BASES[name](include_top=False, weights=weights)'),
]
