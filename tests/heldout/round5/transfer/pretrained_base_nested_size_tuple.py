"""Wrong: Wrote input_shape=(image_size, 3), nesting the size tuple; breaks 'image_size + (3,), (160, 160, 3) for the default'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'return BASES[name](input_shape=(image_size, 3), include_top=False, weights=weights)'),
]
