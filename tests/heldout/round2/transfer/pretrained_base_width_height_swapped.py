"""Wrong: Built the input as (width, height, 3); breaks 'image_size: (height, width)' for non-square sizes."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'return BASES[name](input_shape=(image_size[1], image_size[0], 3), include_top=False, weights=weights)'),
]
