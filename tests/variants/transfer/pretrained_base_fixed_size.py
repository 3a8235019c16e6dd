"""Wrong: the note's 160x160 written in, whatever image_size says."""
EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", 'image_size'
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)', 'return BASES[name](input_shape=(160, 160, 3), include_top=False, weights=weights)'),
]
