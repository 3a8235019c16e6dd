"""Wrong: weights=None written in, so 'imagenet' is never loaded at home."""
EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", 'weights argument'
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)', 'return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=None)'),
]
